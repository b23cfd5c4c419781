// mistake: sorts from the largest down but takes index k, one place too far
function kthLargest(nums, k) {
  const s = [...nums].sort((a, b) => b - a)
  return s[Math.min(k, s.length - 1)]
}
