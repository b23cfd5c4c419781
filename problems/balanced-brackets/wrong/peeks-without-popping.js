// mistake: compares the closer with the top of the stack but never pops it, so "(())" fails and the end check is wrong
function isBalanced(s) {
  const pairs = { ')': '(', ']': '[', '}': '{' }
  const stack = []
  for (const c of s) {
    if ('([{'.includes(c)) stack.push(c)
    else if (c in pairs && stack[stack.length - 1] !== pairs[c]) return false
  }
  return stack.length === 0
}
