_cache = {}


def quote(sku, currency, prices, rates):
    if sku not in _cache:
        _cache[sku] = prices[sku] * rates[currency] // 1000
    return _cache[sku]


def quote_all(requests, prices, rates):
    before = len(_cache)
    quotes = [quote(r['sku'], r['currency'], prices, rates) for r in requests]
    return {'quotes': quotes, 'computed': len(_cache) - before}
