# mistake: converts each price to cents with int(float(price) * 100), which truncates 0.29 to 28 cents
def cart_total(prices):
    total = sum(int(float(p.replace('$', '').replace(',', '')) * 100) for p in prices)
    sign = '-' if total < 0 else ''
    dollars, cents = divmod(abs(total), 100)
    return f'{sign}${dollars:,}.{cents:02d}'
