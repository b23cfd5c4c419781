// mistake: half-fix: floors mid and starts hi at length - 1 but loops while lo < hi, so the last candidate is never compared
function find(nums, target) {
  let lo = 0
  let hi = nums.length - 1
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (nums[mid] === target) return mid
    if (nums[mid] < target) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}
