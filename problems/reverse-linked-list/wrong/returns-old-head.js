// mistake: returns the old head, which is now the last node, instead of prev
function reverseList(head) {
  let prev = null
  let node = head
  while (node) {
    const next = node.next
    node.next = prev
    prev = node
    node = next
  }
  return head
}
