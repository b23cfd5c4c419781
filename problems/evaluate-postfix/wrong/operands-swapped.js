// mistake: takes the first value popped as the left operand, so subtraction and division are reversed
function evalPostfix(tokens) {
  const stack = []
  for (const t of tokens) {
    if (['+', '-', '*', '/'].includes(t)) {
      const a = stack.pop()
      const b = stack.pop()
      if (t === '+') stack.push(a + b)
      else if (t === '-') stack.push(a - b)
      else if (t === '*') stack.push(a * b)
      else stack.push(Math.trunc(a / b))
    } else stack.push(Number(t))
  }
  return stack[stack.length - 1]
}
