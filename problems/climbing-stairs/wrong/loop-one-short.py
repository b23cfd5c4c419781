# mistake: runs the loop n - 1 times, so it returns the count for n - 1 migrations
def count_ways(n):
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return a
