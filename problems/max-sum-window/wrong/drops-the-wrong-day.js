// mistake: subtracts nums[i - k + 1] instead of nums[i - k] when the window slides
function maxWindowSum(nums, k) {
  let window = 0
  for (let i = 0; i < k; i++) window += nums[i]
  let best = window
  for (let i = k; i < nums.length; i++) {
    window += nums[i] - nums[i - k + 1]
    best = Math.max(best, window)
  }
  return best
}
