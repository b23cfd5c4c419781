# mistake: also moves diagonally, which the robot cannot do
from collections import deque


def shortest_path(grid):
    rows, cols = len(grid), len(grid[0])
    if grid[0][0] or grid[rows - 1][cols - 1]:
        return -1
    queue = deque([(0, 0, 0)])
    seen = {(0, 0)}
    while queue:
        r, c, d = queue.popleft()
        if (r, c) == (rows - 1, cols - 1):
            return d
        for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1), (r + 1, c + 1), (r + 1, c - 1), (r - 1, c + 1), (r - 1, c - 1)):
            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == 0 and (x, y) not in seen:
                seen.add((x, y))
                queue.append((x, y, d + 1))
    return -1
