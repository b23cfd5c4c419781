// mistake: remembers each value's index in an object and tests it for truth, so a repeat of the value at index 0 is missed
function hasDuplicate(nums) {
  const seen = {}
  for (let i = 0; i < nums.length; i++) {
    if (seen[nums[i]]) return true
    seen[nums[i]] = i
  }
  return false
}
