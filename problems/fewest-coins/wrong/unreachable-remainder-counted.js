// mistake: marks impossible amounts with -1 and builds on them without checking, so -1 + 1 makes an impossible amount cost 0
function minCoins(coins, amount) {
  const best = [0, ...new Array(amount).fill(-1)]
  for (let a = 1; a <= amount; a++) {
    for (const c of coins) {
      if (c <= a && (best[a] === -1 || best[a - c] + 1 < best[a])) best[a] = best[a - c] + 1
    }
  }
  return best[amount]
}
