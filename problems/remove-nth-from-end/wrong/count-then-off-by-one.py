# mistake: counts the nodes, then walks len - n steps from the head and removes the node after that one
def remove_nth_from_end(head, n):
    length = 0
    node = head
    while node:
        length += 1
        node = node.next
    if n == length:
        return head.next
    node = head
    for _ in range(length - n):
        node = node.next
    if node.next:
        node.next = node.next.next
    return head
