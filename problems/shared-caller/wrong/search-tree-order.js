// mistake: assumes the ids are ordered like a binary search tree and walks left or right by comparing values
function sharedCaller(root, a, b) {
  let node = root
  while (node) {
    if (a < node.val && b < node.val) node = node.left
    else if (a > node.val && b > node.val) node = node.right
    else return node.val
  }
  return root.val
}
