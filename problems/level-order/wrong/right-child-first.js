// mistake: visits the right child before the left, so every level comes out right to left
function levelOrder(root) {
  const levels = []
  let level = root ? [root] : []
  while (level.length) {
    levels.push(level.map((n) => n.val))
    level = level.flatMap((n) => [n.right, n.left]).filter(Boolean)
  }
  return levels
}
