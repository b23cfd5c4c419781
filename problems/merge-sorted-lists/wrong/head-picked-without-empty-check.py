# mistake: picks the head by comparing a.val and b.val before checking that both lists have a node
def merge_lists(a, b):
    if a.val <= b.val:
        head, a = a, a.next
    else:
        head, b = b, b.next
    tail = head
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return head
