# mistake: fixes the key but keeps the cache at module level, so a later call returns quotes computed from old prices
_cache = {}


def quote_all(requests, prices, rates):
    before = len(_cache)
    quotes = []
    for r in requests:
        key = (r['sku'], r['currency'])
        if key not in _cache:
            _cache[key] = prices[r['sku']] * rates[r['currency']] // 1000
        quotes.append(_cache[key])
    return {'quotes': quotes, 'computed': len(_cache) - before}
