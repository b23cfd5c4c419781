// mistake: compares each value only with its neighbour, which finds repeats only when the list happens to be sorted
function hasDuplicate(nums) {
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] === nums[i + 1]) return true
  return false
}
