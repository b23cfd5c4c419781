// mistake: stops when one list runs out and never attaches what is left of the other
function mergeLists(a, b) {
  const dummy = new ListNode()
  let tail = dummy
  while (a && b) {
    if (a.val <= b.val) {
      tail.next = a
      a = a.next
    } else {
      tail.next = b
      b = b.next
    }
    tail = tail.next
  }
  return dummy.next
}
