# mistake: starts the sequence at 0, 1 like textbook Fibonacci, so every answer is shifted by one place
def count_ways(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
