// mistake: remembers only the first index of each id, so a later, closer repeat is measured from too far back
function hasNearbyDuplicate(nums, k) {
  const last = new Map()
  for (let i = 0; i < nums.length; i++) {
    if (last.has(nums[i]) && i - last.get(nums[i]) <= k) return true
    if (!last.has(nums[i])) last.set(nums[i], i)
  }
  return false
}
