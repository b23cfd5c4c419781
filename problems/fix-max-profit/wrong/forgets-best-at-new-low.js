// mistake: resets the best profit whenever a new lowest price appears, losing a better trade made before it
function maxProfit(prices) {
  let best = 0
  let lowest = Infinity
  for (const p of prices) {
    if (p < lowest) {
      lowest = p
      best = 0
    }
    best = Math.max(best, p - lowest)
  }
  return best
}
