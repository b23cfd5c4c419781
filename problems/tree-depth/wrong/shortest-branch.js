// mistake: takes the minimum of the two subtrees instead of the maximum
function maxDepth(root) {
  if (!root) return 0
  return 1 + Math.min(maxDepth(root.left), maxDepth(root.right))
}
