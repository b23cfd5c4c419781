// mistake: always buys on the day of the lowest price and sells at the highest price after it
function maxProfit(prices) {
  if (prices.length === 0) return 0
  const i = prices.indexOf(Math.min(...prices))
  return Math.max(...prices.slice(i)) - prices[i]
}
