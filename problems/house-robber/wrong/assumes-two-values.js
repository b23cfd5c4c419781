// mistake: seeds the table with values[0] and values[1] without checking the length, so 0 or 1 nights break it
function maxLoot(values) {
  const best = [values[0], Math.max(values[0], values[1])]
  for (let i = 2; i < values.length; i++) best.push(Math.max(best[i - 1], best[i - 2] + values[i]))
  return best[values.length - 1]
}
