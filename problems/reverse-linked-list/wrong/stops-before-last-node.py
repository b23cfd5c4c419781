# mistake: loops while head.next exists, so the last node is never linked in (and an empty list fails)
def reverse_list(head):
    prev = None
    while head.next:
        nxt = head.next
        head.next = prev
        prev = head
        head = nxt
    return prev
