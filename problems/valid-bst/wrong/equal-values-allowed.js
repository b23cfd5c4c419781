// mistake: compares with < and > instead of <= and >=, so a duplicate value passes
function isBst(root, low = -Infinity, high = Infinity) {
  if (!root) return true
  if (root.val < low || root.val > high) return false
  return isBst(root.left, low, root.val) && isBst(root.right, root.val, high)
}
