// mistake: looks for each next value in the array itself (O(n) per lookup): O(n^2) overall
function longestRun(nums) {
  let best = 0
  for (const x of nums) {
    if (nums.includes(x - 1)) continue
    let y = x
    while (nums.includes(y + 1)) y++
    best = Math.max(best, y - x + 1)
  }
  return best
}
