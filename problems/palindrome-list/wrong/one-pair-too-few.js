// mistake: compares one pair too few (half the length minus one), so the innermost pair is never checked
function isPalindromeList(head) {
  const values = []
  for (let node = head; node; node = node.next) values.push(node.val)
  const n = values.length
  for (let i = 0; i < Math.floor(n / 2) - 1; i++) if (values[i] !== values[n - 1 - i]) return false
  return true
}
