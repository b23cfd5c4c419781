// mistake: never reduces k modulo the length; negative slice ends wrap once, so only k >= 2n goes wrong
function rotate(nums, k) {
  const n = nums.length
  if (n === 0) return []
  return nums.slice(n - k).concat(nums.slice(0, n - k))
}
