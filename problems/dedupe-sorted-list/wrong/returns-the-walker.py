# mistake: walks with the head variable itself and returns it, which by then points at the last node
def delete_duplicates(head):
    while head and head.next:
        if head.next.val == head.val:
            head.next = head.next.next
        else:
            head = head.next
    return head
