// mistake: half-fix: starts hi at length - 1 but leaves mid unfloored, so nums[1.5] is undefined and the search goes astray
function find(nums, target) {
  let lo = 0
  let hi = nums.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) / 2
    if (nums[mid] === target) return mid
    if (nums[mid] < target) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}
