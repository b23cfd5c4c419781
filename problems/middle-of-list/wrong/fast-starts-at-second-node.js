// mistake: starts the fast pointer at head.next, which fails on an empty list and lands on the first middle of an even one
function middleNode(head) {
  let slow = head
  let fast = head.next
  while (fast && fast.next) {
    slow = slow.next
    fast = fast.next.next
  }
  return slow
}
