// mistake: flattens with a stack that pops from the end, so the values come out in reverse order
function flatten(items) {
  const out = []
  const stack = [...items]
  while (stack.length) {
    const x = stack.pop()
    if (Array.isArray(x)) stack.push(...x)
    else out.push(x)
  }
  return out
}
