// mistake: stops one bitmask early (2^n - 1 excluded), so the combination with every value is missing
function subsets(nums) {
  const n = nums.length
  const result = []
  for (let mask = 0; mask < (1 << n) - 1; mask++) {
    result.push(nums.filter((_, i) => mask & (1 << i)))
  }
  return result
}
