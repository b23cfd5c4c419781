# mistake: caches correctly but counts every lookup as a computation
def quote_all(requests, prices, rates):
    cache = {}
    quotes, computed = [], 0
    for r in requests:
        key = (r['sku'], r['currency'])
        computed += 1
        if key not in cache:
            cache[key] = prices[r['sku']] * rates[r['currency']] // 1000
        quotes.append(cache[key])
    return {'quotes': quotes, 'computed': computed}
