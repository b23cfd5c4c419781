# mistake: compares one pair too few (half the length minus one), so the innermost pair is never checked
def is_palindrome_list(head):
    values = []
    while head:
        values.append(head.val)
        head = head.next
    n = len(values)
    for i in range(n // 2 - 1):
        if values[i] != values[n - 1 - i]:
            return False
    return True
