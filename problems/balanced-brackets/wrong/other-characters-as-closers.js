// mistake: treats every character that is not an opener as a closer, so text around the brackets breaks the check
function isBalanced(s) {
  const pairs = { ')': '(', ']': '[', '}': '{' }
  const stack = []
  for (const c of s) {
    if ('([{'.includes(c)) stack.push(c)
    else if (stack.pop() !== pairs[c]) return false
  }
  return stack.length === 0
}
