// mistake: points head.next back at prev before saving the next node, so the rest of the list is lost
function reverseList(head) {
  let prev = null
  while (head) {
    head.next = prev
    const next = head.next
    prev = head
    head = next
  }
  return prev
}
