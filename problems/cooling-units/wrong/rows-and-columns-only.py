# mistake: forgets the diagonals entirely and counts one unit per row and column (n factorial)
def count_layouts(n):
    total = 1
    for k in range(2, n + 1):
        total *= k
    return total
