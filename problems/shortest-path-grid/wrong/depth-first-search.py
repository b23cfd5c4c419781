# mistake: searches depth-first and returns the length of the first path found, which is not always the shortest
def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] or grid[rows - 1][cols - 1]:
        return -1
    seen = set()

    def go(r, c, d):
        if (r, c) == (rows - 1, cols - 1):
            return d
        seen.add((r, c))
        for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 0 and (x, y) not in seen:
                found = go(x, y, d + 1)
                if found != -1:
                    return found
        return -1

    return go(0, 0, 0)
