// mistake: guards with "amount <= 0 means -1", so zero records (which needs zero batches) is reported as impossible
function minCoins(coins, amount) {
  if (amount <= 0) return -1
  const best = [0, ...new Array(amount).fill(Infinity)]
  for (let a = 1; a <= amount; a++) {
    for (const c of coins) if (c <= a) best[a] = Math.min(best[a], best[a - c] + 1)
  }
  return best[amount] === Infinity ? -1 : best[amount]
}
