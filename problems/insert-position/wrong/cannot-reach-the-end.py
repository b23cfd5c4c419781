# mistake: starts hi at len(nums) - 1 in the lo < hi search, so the answer can never be len(nums)
def insert_position(nums, target):
    lo, hi = 0, max(len(nums) - 1, 0)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
