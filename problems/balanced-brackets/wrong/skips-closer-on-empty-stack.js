// mistake: a closing bracket with nothing open is skipped instead of failing, so "())" passes
function isBalanced(s) {
  const pairs = { ')': '(', ']': '[', '}': '{' }
  const stack = []
  for (const c of s) {
    if ('([{'.includes(c)) stack.push(c)
    else if (c in pairs) {
      if (stack.length && stack.pop() !== pairs[c]) return false
    }
  }
  return stack.length === 0
}
