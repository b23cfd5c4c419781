// mistake: stops the fast pointer one pair early (fast.next.next), so an even list starts at the first middle
function middleNode(head) {
  let slow = head
  let fast = head
  if (!head) return null
  while (fast.next && fast.next.next) {
    slow = slow.next
    fast = fast.next.next
  }
  return slow
}
