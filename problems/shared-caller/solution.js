function sharedCaller(root, a, b) {
  // Parent of every span, found iteratively (a trace can be deep).
  const parent = new Map([[root.val, null]])
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
  const ancestors = new Set()
  for (let x = a; x !== null; x = parent.get(x)) ancestors.add(x)
  let y = b
  while (!ancestors.has(y)) y = parent.get(y)
  return y
}
