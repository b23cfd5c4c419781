// mistake: returns the highest price minus the lowest, ignoring that the sale must come after the purchase
function maxProfit(prices) {
  if (prices.length === 0) return 0
  return Math.max(...prices) - Math.min(...prices)
}
