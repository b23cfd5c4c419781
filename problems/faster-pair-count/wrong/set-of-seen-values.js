// mistake: remembers earlier values in a Set, so a partner value seen several times is counted once
function countPairs(nums, target) {
  const seen = new Set()
  let count = 0
  for (const x of nums) {
    if (seen.has(target - x)) count++
    seen.add(x)
  }
  return count
}
