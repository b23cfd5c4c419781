// mistake: indexOf scans the array: right answers, but O(n) per search where O(log n) is asked
function search(nums, target) {
  return nums.indexOf(target)
}
