# mistake: rounds to the nearest power of two, which can be smaller than the request
def size_class(n):
    if n <= 16:
        return 16
    low = 1 << (n.bit_length() - 1)
    high = low * 2 if low < n else low
    return low if n - low < high - n else high
