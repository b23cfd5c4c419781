# mistake: moves to the next node even right after unlinking a repeat, so a run of three keeps one repeat
def delete_duplicates(head):
    node = head
    while node and node.next:
        if node.next.val == node.val:
            node.next = node.next.next
        node = node.next
    return head
