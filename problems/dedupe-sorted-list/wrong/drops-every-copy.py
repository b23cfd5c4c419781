# mistake: removes every node of a repeated value instead of keeping one copy of it
def delete_duplicates(head):
    dummy = ListNode(0, head)
    prev = dummy
    node = head
    while node:
        if node.next and node.next.val == node.val:
            v = node.val
            while node and node.val == v:
                node = node.next
            prev.next = node
        else:
            prev = node
            node = node.next
    return dummy.next
