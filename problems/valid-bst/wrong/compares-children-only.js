// mistake: checks each node only against its own children, not against every ancestor
function isBst(root) {
  if (!root) return true
  if (root.left && root.left.val >= root.val) return false
  if (root.right && root.right.val <= root.val) return false
  return isBst(root.left) && isBst(root.right)
}
