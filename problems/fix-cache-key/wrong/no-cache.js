// mistake: removes the cache altogether, so every request calls the slow pricing service
function quoteAll(requests, prices, rates) {
  const quotes = requests.map(({ sku, currency }) => Math.floor((prices[sku] * rates[currency]) / 1000))
  return { quotes, computed: requests.length }
}
