// mistake: half-fix: returns 0 for an empty list, but the loop still runs to i <= length and adds undefined (NaN)
function average(nums) {
  if (nums.length === 0) return 0
  let total = 0
  for (let i = 0; i <= nums.length; i++) total += nums[i]
  return total / nums.length
}
