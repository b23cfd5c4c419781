# mistake: reverses the whole list in place, then compares it with the old head, which is now a one-node tail
def is_palindrome_list(head):
    prev, node = None, head
    while node:
        node.next, prev, node = prev, node, node.next
    a, b = head, prev
    while a and b:
        if a.val != b.val:
            return False
        a, b = a.next, b.next
    return True
