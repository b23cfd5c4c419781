// mistake: half-fix: floors mid and loops while lo < hi with hi = length (exclusive), but still moves hi to mid - 1, skipping a candidate
function find(nums, target) {
  let lo = 0
  let hi = nums.length
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (nums[mid] === target) return mid
    if (nums[mid] < target) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}
