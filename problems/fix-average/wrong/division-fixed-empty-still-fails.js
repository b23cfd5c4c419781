// mistake: half-fix: the loop stops at length now, but an empty list still computes 0 / 0 (NaN)
function average(nums) {
  let total = 0
  for (let i = 0; i < nums.length; i++) total += nums[i]
  return total / nums.length
}
