// mistake: stops the sliding loop one step early, so the window ending at the last day is never counted
function maxWindowSum(nums, k) {
  let window = 0
  for (let i = 0; i < k; i++) window += nums[i]
  let best = window
  for (let i = k; i < nums.length - 1; i++) {
    window += nums[i] - nums[i - k]
    best = Math.max(best, window)
  }
  return best
}
