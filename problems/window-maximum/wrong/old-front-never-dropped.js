// mistake: never removes the front index when it slides out of the window, so an old maximum lingers
function windowMaxima(nums, k) {
  const q = []
  let head = 0
  const out = []
  for (let i = 0; i < nums.length; i++) {
    while (q.length > head && nums[q[q.length - 1]] <= nums[i]) q.pop()
    q.push(i)
    if (i >= k - 1) out.push(nums[q[head]])
  }
  return out
}
