// mistake: uses the 32-bit limits as the starting bounds, so a node holding exactly -2^31 or 2^31 - 1 is rejected
function isBst(root, low = -(2 ** 31), high = 2 ** 31 - 1) {
  if (!root) return true
  if (root.val <= low || root.val >= high) return false
  return isBst(root.left, low, root.val) && isBst(root.right, root.val, high)
}
