// mistake: greedily takes the most valuable free night and blocks its neighbours, which can miss two smaller nights worth more
function maxLoot(values) {
  const blocked = new Array(values.length).fill(false)
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a])
  let total = 0
  for (const i of order) {
    if (blocked[i]) continue
    total += values[i]
    for (const j of [i - 1, i, i + 1]) if (j >= 0 && j < values.length) blocked[j] = true
  }
  return total
}
