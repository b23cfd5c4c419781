// mistake: starts the best total at 0, so when every run loses money it answers 0
function maxWindowSum(nums, k) {
  let window = 0
  for (let i = 0; i < k; i++) window += nums[i]
  let best = 0
  best = Math.max(best, window)
  for (let i = k; i < nums.length; i++) {
    window += nums[i] - nums[i - k]
    best = Math.max(best, window)
  }
  return best
}
