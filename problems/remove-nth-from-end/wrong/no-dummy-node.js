// mistake: starts both pointers at the head instead of a dummy node, so removing the head itself fails
function removeNthFromEnd(head, n) {
  let lead = head
  let trail = head
  for (let i = 0; i < n; i++) lead = lead.next
  while (lead.next) {
    lead = lead.next
    trail = trail.next
  }
  trail.next = trail.next.next
  return head
}
