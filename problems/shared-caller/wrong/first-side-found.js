// mistake: returns the left subtree's result whenever it found something, missing the case where a and b are on different sides
function sharedCaller(root, a, b) {
  const walk = (node) => {
    if (!node) return null
    if (node.val === a || node.val === b) return node.val
    const left = walk(node.left)
    if (left !== null) return left
    return walk(node.right)
  }
  return walk(root)
}
