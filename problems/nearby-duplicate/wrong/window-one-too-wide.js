// mistake: keeps a sliding set of the last k + 1 ids, so a repeat k + 1 apart counts
function hasNearbyDuplicate(nums, k) {
  const window = new Set()
  for (let i = 0; i < nums.length; i++) {
    if (window.has(nums[i])) return true
    window.add(nums[i])
    if (i - k - 1 >= 0) window.delete(nums[i - k - 1])
  }
  return false
}
