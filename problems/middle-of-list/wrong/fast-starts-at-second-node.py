# mistake: starts the fast pointer at head.next, which fails on an empty list and lands on the first middle of an even one
def middle_node(head):
    slow, fast = head, head.next
    while fast and fast.next:
        slow = slow.next
        fast = fast.next.next
    return slow
