// mistake: reverses the list of values in place and compares it with itself (both names point to the same list)
function isPalindromeList(head) {
  const values = []
  for (let node = head; node; node = node.next) values.push(node.val)
  const backwards = values.reverse()
  return values.join(',') === backwards.join(',')
}
