// mistake: swaps the values of the two children where both exist, instead of swapping the child nodes themselves
function invertTree(root) {
  if (root) {
    if (root.left && root.right) [root.left.val, root.right.val] = [root.right.val, root.left.val]
    invertTree(root.left)
    invertTree(root.right)
  }
  return root
}
