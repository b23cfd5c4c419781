// mistake: starts the best length at 1, so an empty list reports a streak of 1
function longestRun(nums) {
  const values = new Set(nums)
  let best = 1
  for (const x of values) {
    if (values.has(x - 1)) continue
    let y = x
    while (values.has(y + 1)) y++
    best = Math.max(best, y - x + 1)
  }
  return best
}
