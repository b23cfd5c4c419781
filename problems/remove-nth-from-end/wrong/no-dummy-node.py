# mistake: starts both pointers at the head instead of a dummy node, so removing the head itself fails
def remove_nth_from_end(head, n):
    lead = trail = head
    for _ in range(n):
        lead = lead.next
    while lead.next:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return head
