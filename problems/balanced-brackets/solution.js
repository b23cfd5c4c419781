function isBalanced(s) {
  const pairs = { '(': ')', '[': ']', '{': '}' }
  const stack = []
  for (const c of s) {
    if (c in pairs) stack.push(pairs[c])
    else if (')]}'.includes(c) && stack.pop() !== c) return false
  }
  return stack.length === 0
}
