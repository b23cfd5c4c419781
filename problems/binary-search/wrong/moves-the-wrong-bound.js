// mistake: when the middle value is too small it moves hi instead of lo, searching the wrong half
function search(nums, target) {
  let lo = 0
  let hi = nums.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (nums[mid] === target) return mid
    if (nums[mid] < target) hi = mid - 1
    else lo = mid + 1
  }
  return -1
}
