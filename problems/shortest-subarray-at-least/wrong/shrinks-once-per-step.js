// mistake: moves the left edge at most once per new day (if instead of while), so the window is not shrunk far enough
function shortestAtLeast(nums, target) {
  let best = Infinity
  let left = 0
  let total = 0
  for (let right = 0; right < nums.length; right++) {
    total += nums[right]
    if (total >= target) {
      best = Math.min(best, right - left + 1)
      total -= nums[left++]
    }
  }
  return best === Infinity ? 0 : best
}
