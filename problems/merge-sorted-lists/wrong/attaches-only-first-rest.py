# mistake: attaches the rest of the first list after the loop, forgetting that the second may be the one left over
def merge_lists(a, b):
    dummy = tail = ListNode()
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a
    return dummy.next
