# mistake: sorts and meets in the middle, moving both pointers after a match, so repeated values are paired only once
def count_pairs(nums, target):
    s = sorted(nums)
    lo, hi = 0, len(s) - 1
    count = 0
    while lo < hi:
        total = s[lo] + s[hi]
        if total == target:
            count += 1
            lo += 1
            hi -= 1
        elif total < target:
            lo += 1
        else:
            hi -= 1
    return count
