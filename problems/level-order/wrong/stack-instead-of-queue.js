// mistake: takes nodes from the end of the array (a stack), so children are taken before the rest of their level
function levelOrder(root) {
  const levels = []
  const stack = root ? [root] : []
  while (stack.length) {
    const level = []
    const count = stack.length
    for (let i = 0; i < count; i++) {
      const node = stack.pop()
      level.push(node.val)
      if (node.left) stack.push(node.left)
      if (node.right) stack.push(node.right)
    }
    levels.push(level)
  }
  return levels
}
