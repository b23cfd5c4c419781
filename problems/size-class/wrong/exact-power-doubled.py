# mistake: uses n's bit length instead of n - 1's, so a request of exactly a power of two gets twice the room
def size_class(n):
    if n <= 16:
        return 16
    return 1 << n.bit_length()
