// mistake: returns its "not found" marker (len + 1, Infinity) instead of 0 when no part reaches target
function shortestAtLeast(nums, target) {
  let best = Infinity
  let left = 0
  let total = 0
  for (let right = 0; right < nums.length; right++) {
    total += nums[right]
    while (total >= target) {
      best = Math.min(best, right - left + 1)
      total -= nums[left++]
    }
  }
  return best
}
