// mistake: pushes the number tokens as strings, so "+" concatenates them ("3" + "4" is "34")
function evalPostfix(tokens) {
  const stack = []
  for (const t of tokens) {
    if (['+', '-', '*', '/'].includes(t)) {
      const b = stack.pop()
      const a = stack.pop()
      if (t === '+') stack.push(a + b)
      else if (t === '-') stack.push(a - b)
      else if (t === '*') stack.push(a * b)
      else stack.push(Math.trunc(a / b))
    } else stack.push(t)
  }
  return Number(stack[stack.length - 1])
}
