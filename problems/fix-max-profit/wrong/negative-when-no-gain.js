// mistake: starts best at -Infinity and compares only later days, so falling prices report a loss instead of 0
function maxProfit(prices) {
  let best = -Infinity
  let lowest = Infinity
  for (const p of prices) {
    if (lowest !== Infinity) best = Math.max(best, p - lowest)
    lowest = Math.min(lowest, p)
  }
  return best === -Infinity ? 0 : best
}
