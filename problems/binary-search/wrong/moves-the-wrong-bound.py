# mistake: when the middle value is too small it moves hi instead of lo, searching the wrong half
def search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            hi = mid - 1
        else:
            lo = mid + 1
    return -1
