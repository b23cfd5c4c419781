// mistake: divides with Math.floor, which rounds down (-7 / 2 gives -4) instead of towards zero
function evalPostfix(tokens) {
  const stack = []
  for (const t of tokens) {
    if (['+', '-', '*', '/'].includes(t)) {
      const b = stack.pop()
      const a = stack.pop()
      if (t === '+') stack.push(a + b)
      else if (t === '-') stack.push(a - b)
      else if (t === '*') stack.push(a * b)
      else stack.push(Math.floor(a / b))
    } else stack.push(Number(t))
  }
  return stack[stack.length - 1]
}
