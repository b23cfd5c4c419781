function quoteAll(requests, prices, rates) {
  const cache = new Map() // lives for this call only
  // A Map key must be a primitive to compare by value; JSON of the pair cannot collide.
  const quotes = requests.map(({ sku, currency }) => {
    const key = JSON.stringify([sku, currency])
    if (!cache.has(key)) cache.set(key, Math.floor((prices[sku] * rates[currency]) / 1000))
    return cache.get(key)
  })
  return { quotes, computed: cache.size }
}
