// mistake: makes the cache local to the call but still keys it by sku alone
function quoteAll(requests, prices, rates) {
  const cache = new Map() // lives for this call only
  // A Map key must be a primitive to compare by value; JSON of the pair cannot collide.
  const quotes = requests.map(({ sku, currency }) => {
    const key = sku
    if (!cache.has(key)) cache.set(key, Math.floor((prices[sku] * rates[currency]) / 1000))
    return cache.get(key)
  })
  return { quotes, computed: cache.size }
}
