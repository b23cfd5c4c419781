// mistake: mirrors the tree in place but never returns the root, so the caller gets undefined
function invertTree(root) {
  if (root) {
    ;[root.left, root.right] = [root.right, root.left]
    invertTree(root.left)
    invertTree(root.right)
  }
}
