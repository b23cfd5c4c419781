# mistake: uses the number of rows as the number of columns too, so a grid that is not square is only partly scanned
def count_islands(grid):
    n = len(grid)
    count = 0
    for r in range(n):
        for c in range(n):
            if c < len(grid[r]) and grid[r][c] == 1:
                count += 1
                stack = [(r, c)]
                grid[r][c] = 0
                while stack:
                    i, j = stack.pop()
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= x < n and 0 <= y < n and y < len(grid[x]) and grid[x][y] == 1:
                            grid[x][y] = 0
                            stack.append((x, y))
    return count
