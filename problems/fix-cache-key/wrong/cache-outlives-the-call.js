// mistake: fixes the key but keeps the cache at module level, so a later call returns quotes computed from old prices
const cache = new Map()

function quoteAll(requests, prices, rates) {
  const before = cache.size
  const quotes = requests.map(({ sku, currency }) => {
    const key = JSON.stringify([sku, currency])
    if (!cache.has(key)) cache.set(key, Math.floor((prices[sku] * rates[currency]) / 1000))
    return cache.get(key)
  })
  return { quotes, computed: cache.size - before }
}
