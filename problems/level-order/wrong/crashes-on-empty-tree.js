// mistake: puts the root in the queue without checking it, so an empty tree fails on null.val
function levelOrder(root) {
  const levels = []
  let level = [root]
  while (level.length) {
    levels.push(level.map((n) => n.val))
    level = level.flatMap((n) => [n.left, n.right]).filter(Boolean)
  }
  return levels
}
