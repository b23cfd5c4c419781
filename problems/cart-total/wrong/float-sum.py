# mistake: adds the prices as floats and rounds at the end, which loses cents on large amounts
def cart_total(prices):
    total = sum(float(p.replace('$', '').replace(',', '')) for p in prices)
    text = f'{abs(total):,.2f}'
    return ('-' if round(total, 2) < 0 else '') + '$' + text
