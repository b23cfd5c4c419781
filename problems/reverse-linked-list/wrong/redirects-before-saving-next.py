# mistake: points head.next back at prev before saving the next node, so the rest of the list is lost
def reverse_list(head):
    prev = None
    while head:
        head.next = prev
        nxt = head.next
        prev = head
        head = nxt
    return prev
