// mistake: picks the head by comparing a.val and b.val before checking that both lists have a node
function mergeLists(a, b) {
  let head
  if (a.val <= b.val) {
    head = a
    a = a.next
  } else {
    head = b
    b = b.next
  }
  let tail = head
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
  tail.next = a ?? b
  return head
}
