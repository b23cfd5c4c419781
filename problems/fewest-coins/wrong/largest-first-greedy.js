// mistake: takes as many of the largest size as fit, then the next, greedily; that is not optimal for every set of sizes
function minCoins(coins, amount) {
  let count = 0
  for (const c of [...coins].sort((a, b) => b - a)) {
    count += Math.floor(amount / c)
    amount %= c
  }
  return amount === 0 ? count : -1
}
