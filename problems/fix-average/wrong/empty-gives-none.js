// mistake: returns null for an empty list instead of 0
function average(nums) {
  if (nums.length === 0) return null
  let total = 0
  for (let i = 0; i < nums.length; i++) total += nums[i]
  return total / nums.length
}
