# mistake: reads len(grid[0]) before checking for rows, so a grid with no rows raises IndexError
def count_islands(grid):
    rows, cols = len(grid), len(grid[0])
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                count += 1
                stack = [(r, c)]
                grid[r][c] = 0
                while stack:
                    i, j = stack.pop()
                    for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                        if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1:
                            grid[x][y] = 0
                            stack.append((x, y))
    return count
