// mistake: walks to the first element not below the target: O(n) per search where O(log n) is asked
function insertPosition(nums, target) {
  let i = 0
  while (i < nums.length && nums[i] < target) i++
  return i
}
