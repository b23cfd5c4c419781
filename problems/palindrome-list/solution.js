function isPalindromeList(head) {
  const values = []
  for (let node = head; node; node = node.next) values.push(node.val)
  for (let i = 0, j = values.length - 1; i < j; i++, j--) if (values[i] !== values[j]) return false
  return true
}
