// mistake: swaps the two children of the root but does not mirror the subtrees below them
function invertTree(root) {
  if (root) [root.left, root.right] = [root.right, root.left]
  return root
}
