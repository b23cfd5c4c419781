# mistake: the base case returns n for n <= 2, so nothing to ship (n = 0) counts as 0 ways instead of 1
def count_ways(n):
    if n <= 2:
        return n
    a, b = 1, 2
    for _ in range(n - 2):
        a, b = b, a + b
    return b
