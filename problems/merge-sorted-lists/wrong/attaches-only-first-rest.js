// mistake: attaches the rest of the first list after the loop, forgetting that the second may be the one left over
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
  tail.next = a
  return dummy.next
}
