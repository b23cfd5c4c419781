# mistake: starts the best length at 1, so an empty list reports a streak of 1
def longest_run(nums):
    values = set(nums)
    best = 1
    for x in values:
        if x - 1 not in values:
            y = x
            while y + 1 in values:
                y += 1
            best = max(best, y - x + 1)
    return best
