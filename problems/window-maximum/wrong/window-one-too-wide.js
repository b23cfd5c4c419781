// mistake: drops the front only when it is more than k positions back (< instead of <=), so each window holds k + 1 elements
function windowMaxima(nums, k) {
  const q = []
  let head = 0
  const out = []
  for (let i = 0; i < nums.length; i++) {
    while (q.length > head && nums[q[q.length - 1]] <= nums[i]) q.pop()
    q.push(i)
    if (q[head] < i - k) head++
    if (i >= k - 1) out.push(nums[q[head]])
  }
  return out
}
