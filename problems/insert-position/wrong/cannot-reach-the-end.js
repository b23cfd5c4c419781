// mistake: starts hi at length - 1 in the lo < hi search, so the answer can never be nums.length
function insertPosition(nums, target) {
  let lo = 0
  let hi = Math.max(nums.length - 1, 0)
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (nums[mid] < target) lo = mid + 1
    else hi = mid
  }
  return lo
}
