# mistake: returns the old head, which is now the last node, instead of prev
def reverse_list(head):
    prev, node = None, head
    while node:
        nxt = node.next
        node.next = prev
        prev = node
        node = nxt
    return head
