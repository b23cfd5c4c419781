// mistake: scans every window for its maximum: O(n * k) where O(n) is asked
function windowMaxima(nums, k) {
  const out = []
  for (let i = 0; i + k <= nums.length; i++) {
    let best = -Infinity
    for (let j = i; j < i + k; j++) best = Math.max(best, nums[j])
    out.push(best)
  }
  return out
}
