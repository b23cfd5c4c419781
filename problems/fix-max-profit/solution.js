function maxProfit(prices) {
  let best = 0
  let lowest = Infinity
  for (const p of prices) {
    lowest = Math.min(lowest, p)
    best = Math.max(best, p - lowest)
  }
  return best
}
