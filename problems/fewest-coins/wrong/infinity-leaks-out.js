// mistake: returns the table entry as it is, so an impossible amount gives Infinity instead of -1
function minCoins(coins, amount) {
  const best = [0, ...new Array(amount).fill(Infinity)]
  for (let a = 1; a <= amount; a++) {
    for (const c of coins) if (c <= a) best[a] = Math.min(best[a], best[a - c] + 1)
  }
  return best[amount]
}
