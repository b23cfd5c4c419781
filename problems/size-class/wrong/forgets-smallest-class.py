# mistake: forgets the 16-byte minimum, returning 1, 2, 4 or 8 for small requests
def size_class(n):
    size = 1
    while size < n:
        size *= 2
    return size
