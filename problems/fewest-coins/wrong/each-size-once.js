// mistake: loops the amounts downwards inside each size (the 0/1 knapsack order), so every size can be used only once
function minCoins(coins, amount) {
  const best = [0, ...new Array(amount).fill(Infinity)]
  for (const c of coins) {
    for (let a = amount; a >= c; a--) best[a] = Math.min(best[a], best[a - c] + 1)
  }
  return best[amount] === Infinity ? -1 : best[amount]
}
