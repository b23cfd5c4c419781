const cache = new Map()

function quote(sku, currency, prices, rates) {
  if (!cache.has(sku)) cache.set(sku, Math.floor((prices[sku] * rates[currency]) / 1000))
  return cache.get(sku)
}

function quoteAll(requests, prices, rates) {
  const before = cache.size
  const quotes = requests.map((r) => quote(r.sku, r.currency, prices, rates))
  return { quotes, computed: cache.size - before }
}
