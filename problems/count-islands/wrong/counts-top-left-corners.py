# mistake: counts land cells with water above and to the left, which overcounts any shape joined only further down (a U)
def count_islands(grid):
    count = 0
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell == 1 and (r == 0 or grid[r - 1][c] == 0) and (c == 0 or row[c - 1] == 0):
                count += 1
    return count
