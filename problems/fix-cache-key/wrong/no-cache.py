# mistake: removes the cache altogether, so every request calls the slow pricing service
def quote_all(requests, prices, rates):
    quotes = [prices[r['sku']] * rates[r['currency']] // 1000 for r in requests]
    return {'quotes': quotes, 'computed': len(requests)}
