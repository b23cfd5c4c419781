// mistake: takes 2^d nodes for level d (stopping only when the queue runs dry), so a short level swallows nodes of the next one
function levelOrder(root) {
  const levels = []
  const queue = root ? [root] : []
  let width = 1
  while (queue.length) {
    const level = []
    while (level.length < width && queue.length) {
      const node = queue.shift()
      level.push(node.val)
      if (node.left) queue.push(node.left)
      if (node.right) queue.push(node.right)
    }
    levels.push(level)
    width *= 2
  }
  return levels
}
