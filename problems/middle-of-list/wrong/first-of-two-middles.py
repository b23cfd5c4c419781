# mistake: stops the fast pointer one pair early (fast.next.next), so an even list starts at the first middle
def middle_node(head):
    slow = fast = head
    if not head:
        return None
    while fast.next and fast.next.next:
        slow = slow.next
        fast = fast.next.next
    return slow
