// mistake: assigns the new left first, then builds the new right from the already replaced left
function invertTree(root) {
  if (root) {
    root.left = invertTree(root.right)
    root.right = invertTree(root.left)
  }
  return root
}
