// mistake: tests a bound for truthiness, so a bound of 0 counts as "no bound"
function isBst(root, low = null, high = null) {
  if (!root) return true
  if ((low && root.val <= low) || (high && root.val >= high)) return false
  return isBst(root.left, low, root.val) && isBst(root.right, root.val, high)
}
