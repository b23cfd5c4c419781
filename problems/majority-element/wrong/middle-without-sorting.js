// mistake: returns the middle element as if the log were sorted, but it is not
function majority(nums) {
  return nums[Math.floor(nums.length / 2)]
}
