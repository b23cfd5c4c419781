// mistake: answers -1 when target is not in the list, like a plain search, instead of where it would go
function insertPosition(nums, target) {
  let lo = 0
  let hi = nums.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (nums[mid] < target) lo = mid + 1
    else hi = mid
  }
  return nums[lo] === target ? lo : -1
}
