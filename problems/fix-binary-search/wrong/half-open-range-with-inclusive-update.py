# mistake: half-fix: makes hi = len(nums) (exclusive) to suit "lo < hi", but still moves hi to mid - 1, skipping a candidate
def find(nums, target):
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        elif nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
