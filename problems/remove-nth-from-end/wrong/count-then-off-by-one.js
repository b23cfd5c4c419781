// mistake: counts the nodes, then walks len - n steps from the head and removes the node after that one
function removeNthFromEnd(head, n) {
  let length = 0
  for (let node = head; node; node = node.next) length++
  if (n === length) return head.next
  let node = head
  for (let i = 0; i < length - n; i++) node = node.next
  if (node.next) node.next = node.next.next
  return head
}
