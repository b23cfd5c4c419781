// mistake: counts the bitmasks from 1, so the empty combination is never produced
function subsets(nums) {
  const n = nums.length
  const result = []
  for (let mask = 1; mask < 1 << n; mask++) {
    result.push(nums.filter((_, i) => mask & (1 << i)))
  }
  return result
}
