// mistake: moves the lead pointer n - 1 steps ahead instead of n, so the node after the right one is removed
function removeNthFromEnd(head, n) {
  const dummy = new ListNode(0, head)
  let lead = dummy
  let trail = dummy
  for (let i = 0; i < n - 1; i++) lead = lead.next
  while (lead.next) {
    lead = lead.next
    trail = trail.next
  }
  trail.next = trail.next.next
  return dummy.next
}
