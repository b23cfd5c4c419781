function maxProfit(prices) {
  let best = 0
  for (let i = 0; i < prices.length; i++) {
    for (let j = i; j < prices.length; j++) best = Math.max(best, prices[i] - prices[j])
  }
  return best
}
