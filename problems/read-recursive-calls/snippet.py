calls = 0

def split_ways(n):
    global calls
    calls += 1
    if n <= 1:
        return 1
    return split_ways(n - 1) + split_ways(n - 2)
