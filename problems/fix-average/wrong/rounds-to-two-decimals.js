// mistake: rounds the mean to two decimals, which the statement never asks for
function average(nums) {
  if (nums.length === 0) return 0
  let total = 0
  for (let i = 0; i < nums.length; i++) total += nums[i]
  return Math.round((total / nums.length) * 100) / 100
}
