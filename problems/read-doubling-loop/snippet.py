def count_steps(n):
    steps = 0
    size = 1
    while size < n:
        for _ in range(size):
            steps += 1
        size *= 2
    return steps
