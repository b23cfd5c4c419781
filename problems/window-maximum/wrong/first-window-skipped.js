// mistake: starts writing maxima at i >= k instead of i >= k - 1, so the first window is missing
function windowMaxima(nums, k) {
  const q = []
  let head = 0
  const out = []
  for (let i = 0; i < nums.length; i++) {
    while (q.length > head && nums[q[q.length - 1]] <= nums[i]) q.pop()
    q.push(i)
    if (q[head] <= i - k) head++
    if (i >= k) out.push(nums[q[head]])
  }
  return out
}
