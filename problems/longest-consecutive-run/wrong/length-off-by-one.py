# mistake: measures a run from x to y as y - x, one less than the number of values in it
def longest_run(nums):
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 not in values:
            y = x
            while y + 1 in values:
                y += 1
            best = max(best, y - x)
    return best
