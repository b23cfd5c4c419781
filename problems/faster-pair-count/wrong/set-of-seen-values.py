# mistake: remembers earlier values in a set, so a partner value seen several times is counted once
def count_pairs(nums, target):
    seen = set()
    count = 0
    for x in nums:
        if target - x in seen:
            count += 1
        seen.add(x)
    return count
