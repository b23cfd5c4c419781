# mistake: treats the eight surrounding cells as neighbours, so racks touching only at a corner merge into one incident
def count_islands(grid):
    rows, cols = len(grid), len(grid[0]) if grid else 0
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                count += 1
                stack = [(r, c)]
                grid[r][c] = 0
                while stack:
                    i, j = stack.pop()
                    for di in (-1, 0, 1):
                        for dj in (-1, 0, 1):
                            x, y = i + di, j + dj
                            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 1:
                                grid[x][y] = 0
                                stack.append((x, y))
    return count
