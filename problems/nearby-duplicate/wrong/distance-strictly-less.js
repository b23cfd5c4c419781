// mistake: accepts only a distance strictly below k (< instead of <=)
function hasNearbyDuplicate(nums, k) {
  const last = new Map()
  for (let i = 0; i < nums.length; i++) {
    if (last.has(nums[i]) && i - last.get(nums[i]) < k) return true
    last.set(nums[i], i)
  }
  return false
}
