function rotate(nums, k) {
  const n = nums.length
  if (n === 0) return []
  k %= n
  return nums.slice(n - k).concat(nums.slice(0, n - k))
}
