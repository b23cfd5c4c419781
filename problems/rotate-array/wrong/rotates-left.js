// mistake: rotates to the left: the first k elements move to the back
function rotate(nums, k) {
  const n = nums.length
  if (n === 0) return []
  k %= n
  return nums.slice(k).concat(nums.slice(0, k))
}
