def size_class(n):
    if n <= 16:
        return 16
    # (n - 1).bit_length() is the position just above n - 1's highest bit,
    # so 1 << it is the smallest power of two that is >= n.
    return 1 << (n - 1).bit_length()
