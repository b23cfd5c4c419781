// mistake: looks for a sum strictly above target, so a part that reaches target exactly does not count
function shortestAtLeast(nums, target) {
  let best = Infinity
  let left = 0
  let total = 0
  for (let right = 0; right < nums.length; right++) {
    total += nums[right]
    while (total > target) {
      best = Math.min(best, right - left + 1)
      total -= nums[left++]
    }
  }
  return best === Infinity ? 0 : best
}
