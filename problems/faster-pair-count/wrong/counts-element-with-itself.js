// mistake: records x before counting its partners, so an element equal to target / 2 pairs with itself
function countPairs(nums, target) {
  const seen = new Map()
  let count = 0
  for (const x of nums) {
    seen.set(x, (seen.get(x) ?? 0) + 1)
    count += seen.get(target - x) ?? 0
  }
  return count
}
