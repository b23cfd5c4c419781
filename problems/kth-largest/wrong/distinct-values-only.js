// mistake: ranks the distinct values, so equal times are counted once instead of separately
function kthLargest(nums, k) {
  return [...new Set(nums)].sort((a, b) => b - a)[k - 1]
}
