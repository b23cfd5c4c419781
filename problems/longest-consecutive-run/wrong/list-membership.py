# mistake: looks for each next value in the list itself (O(n) per lookup): O(n^2) overall
def longest_run(nums):
    best = 0
    for x in nums:
        if x - 1 not in nums:
            y = x
            while y + 1 in nums:
                y += 1
            best = max(best, y - x + 1)
    return best
