# mistake: reverses the list of values in place and compares it with itself (both names point to the same list)
def is_palindrome_list(head):
    values = []
    while head:
        values.append(head.val)
        head = head.next
    backwards = values
    backwards.reverse()
    return values == backwards
