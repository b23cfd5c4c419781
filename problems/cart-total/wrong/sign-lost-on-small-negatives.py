# mistake: splits a negative total into dollars and cents with the sign on the dollars, so -$0.50 comes out as $0.50
def to_cents(price):
    sign = -1 if price.startswith('-') else 1
    text = price.lstrip('-').lstrip('$').replace(',', '')
    dollars, _, cents = text.partition('.')
    return sign * (int(dollars) * 100 + int(cents.ljust(2, '0')))


def cart_total(prices):
    total = sum(to_cents(p) for p in prices)
    dollars = int(total / 100)
    cents = abs(total) % 100
    sign = '-' if dollars < 0 else ''
    return f'{sign}${abs(dollars):,}.{cents:02d}'
