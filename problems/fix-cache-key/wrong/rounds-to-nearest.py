# mistake: rounds the converted price to the nearest cent instead of down
def quote_all(requests, prices, rates):
    cache = {}  # lives for this call only; the key names everything the result depends on
    quotes = []
    for r in requests:
        key = (r['sku'], r['currency'])
        if key not in cache:
            cache[key] = round(prices[r['sku']] * rates[r['currency']] / 1000)
        quotes.append(cache[key])
    return {'quotes': quotes, 'computed': len(cache)}
