// mistake: caches correctly but counts every lookup as a computation
function quoteAll(requests, prices, rates) {
  const cache = new Map()
  let computed = 0
  const quotes = requests.map(({ sku, currency }) => {
    const key = JSON.stringify([sku, currency])
    computed += 1
    if (!cache.has(key)) cache.set(key, Math.floor((prices[sku] * rates[currency]) / 1000))
    return cache.get(key)
  })
  return { quotes, computed }
}
