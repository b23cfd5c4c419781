// mistake: counts ordered pairs over all values and halves the total, without removing each element paired with itself
function countPairs(nums, target) {
  const counts = new Map()
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1)
  let total = 0
  for (const x of nums) total += counts.get(target - x) ?? 0
  return Math.floor(total / 2)
}
