// mistake: climbs from a and b one step each at the same time without first bringing them to the same depth
function sharedCaller(root, a, b) {
  const parent = new Map([[root.val, root.val]])
  const stack = [root]
  while (stack.length) {
    const node = stack.pop()
    for (const child of [node.left, node.right]) {
      if (child) {
        parent.set(child.val, node.val)
        stack.push(child)
      }
    }
  }
  while (a !== b) {
    a = parent.get(a)
    b = parent.get(b)
  }
  return a
}
