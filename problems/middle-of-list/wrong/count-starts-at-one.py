# mistake: counts the nodes starting from 1 instead of 0, then walks half of a count that is one too many
def middle_node(head):
    n = 1
    node = head
    while node:
        n += 1
        node = node.next
    node = head
    for _ in range(n // 2):
        node = node.next
    return node
