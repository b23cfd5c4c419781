# mistake: reads a single digit after the point as cents, so 12.5 becomes 12 dollars 5 cents
def to_cents(price):
    sign = -1 if price.startswith('-') else 1
    text = price.lstrip('-').lstrip('$').replace(',', '')
    dollars, _, cents = text.partition('.')
    return sign * (int(dollars) * 100 + int(cents or 0))


def cart_total(prices):
    total = sum(to_cents(p) for p in prices)
    sign = '-' if total < 0 else ''
    dollars, cents = divmod(abs(total), 100)
    return f'{sign}${dollars:,}.{cents:02d}'
