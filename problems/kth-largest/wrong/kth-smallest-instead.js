// mistake: sorts ascending and takes index k - 1, which is the k-th smallest, not the k-th largest
function kthLargest(nums, k) {
  return [...nums].sort((a, b) => a - b)[k - 1]
}
