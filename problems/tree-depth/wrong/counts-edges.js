// mistake: counts edges instead of nodes, so a single node has depth 0
function maxDepth(root) {
  const edges = (node) => {
    if (!node.left && !node.right) return 0
    return 1 + Math.max(node.left ? edges(node.left) : 0, node.right ? edges(node.right) : 0)
  }
  return root ? edges(root) : 0
}
