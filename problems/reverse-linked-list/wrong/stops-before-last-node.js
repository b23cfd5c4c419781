// mistake: loops while head.next exists, so the last node is never linked in (and an empty list fails)
function reverseList(head) {
  let prev = null
  while (head.next) {
    const next = head.next
    head.next = prev
    prev = head
    head = next
  }
  return prev
}
