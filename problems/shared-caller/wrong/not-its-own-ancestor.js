// mistake: starts from the parents of a and b, so when one span called the other it returns the caller's caller
function sharedCaller(root, a, b) {
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
  for (let x = parent.get(a); x !== null; x = parent.get(x)) ancestors.add(x)
  let y = parent.get(b)
  while (y !== null && !ancestors.has(y)) y = parent.get(y)
  return y !== null ? y : root.val
}
