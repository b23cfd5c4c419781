# mistake: makes the cache local to the call but still keys it by sku alone
def quote_all(requests, prices, rates):
    cache = {}  # lives for this call only; the key names everything the result depends on
    quotes = []
    for r in requests:
        key = r['sku']
        if key not in cache:
            cache[key] = prices[r['sku']] * rates[r['currency']] // 1000
        quotes.append(cache[key])
    return {'quotes': quotes, 'computed': len(cache)}
