// mistake: measures a run from x to y as y - x, one less than the number of values in it
function longestRun(nums) {
  const values = new Set(nums)
  let best = 0
  for (const x of values) {
    if (values.has(x - 1)) continue
    let y = x
    while (values.has(y + 1)) y++
    best = Math.max(best, y - x)
  }
  return best
}
