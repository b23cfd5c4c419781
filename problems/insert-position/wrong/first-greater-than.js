// mistake: moves right on nums[mid] <= target, which finds the first value greater than target (after any equal ones)
function insertPosition(nums, target) {
  let lo = 0
  let hi = nums.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (nums[mid] <= target) lo = mid + 1
    else hi = mid
  }
  return lo
}
