# mistake: writes a negative total as $-3.75 instead of -$3.75
def to_cents(price):
    sign = -1 if price.startswith('-') else 1
    text = price.lstrip('-').lstrip('$').replace(',', '')
    dollars, _, cents = text.partition('.')
    return sign * (int(dollars) * 100 + int(cents.ljust(2, '0')))


def cart_total(prices):
    total = sum(to_cents(p) for p in prices)
    sign = '-' if total < 0 else ''
    dollars, cents = divmod(abs(total), 100)
    return f'${sign}{dollars:,}.{cents:02d}'
