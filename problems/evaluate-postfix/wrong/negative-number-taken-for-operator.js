// mistake: decides "number" with /^\d+$/, so a negative literal such as "-4" is treated as an operator
function evalPostfix(tokens) {
  const stack = []
  for (const t of tokens) {
    if (/^\d+$/.test(t)) {
      stack.push(Number(t))
      continue
    }
    const b = stack.pop()
    const a = stack.pop()
    if (t === '+') stack.push(a + b)
    else if (t === '-') stack.push(a - b)
    else if (t === '*') stack.push(a * b)
    else stack.push(Math.trunc(a / b))
  }
  return stack[stack.length - 1]
}
