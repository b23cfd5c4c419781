// mistake: only compares windows after sliding, so the first window (and k = len(nums)) is never a candidate
function maxWindowSum(nums, k) {
  let window = 0
  for (let i = 0; i < k; i++) window += nums[i]
  let best = -Infinity
  for (let i = k; i < nums.length; i++) {
    window += nums[i] - nums[i - k]
    best = Math.max(best, window)
  }
  return best
}
