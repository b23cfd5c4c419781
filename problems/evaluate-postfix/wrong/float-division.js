// mistake: divides with / and never truncates, so 13 / 5 stays 2.6
function evalPostfix(tokens) {
  const stack = []
  for (const t of tokens) {
    if (['+', '-', '*', '/'].includes(t)) {
      const b = stack.pop()
      const a = stack.pop()
      if (t === '+') stack.push(a + b)
      else if (t === '-') stack.push(a - b)
      else if (t === '*') stack.push(a * b)
      else stack.push(a / b)
    } else stack.push(Number(t))
  }
  return stack[stack.length - 1]
}
