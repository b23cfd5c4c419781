def count_hot(grid, limit):
    hot = 0
    for row in grid:
        for value in row:
            if value > limit:
                hot += 1
    return hot
