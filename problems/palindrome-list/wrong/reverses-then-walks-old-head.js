// mistake: reverses the whole list in place, then compares it with the old head, which is now a one-node tail
function isPalindromeList(head) {
  let prev = null
  let node = head
  while (node) {
    const next = node.next
    node.next = prev
    prev = node
    node = next
  }
  for (let a = head, b = prev; a && b; a = a.next, b = b.next) if (a.val !== b.val) return false
  return true
}
