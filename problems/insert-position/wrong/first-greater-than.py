# mistake: moves right on nums[mid] <= target, which finds the first value greater than target (after any equal ones)
def insert_position(nums, target):
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo
