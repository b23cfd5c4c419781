// mistake: follows only left children, as if the deepest path always went left
function maxDepth(root) {
  if (!root) return 0
  return 1 + maxDepth(root.left)
}
