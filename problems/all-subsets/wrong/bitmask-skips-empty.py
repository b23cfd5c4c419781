# mistake: counts the bitmasks from 1, so the empty combination is never produced
def subsets(nums):
    n = len(nums)
    result = []
    for mask in range(1, 1 << n):
        result.append([nums[i] for i in range(n) if mask & (1 << i)])
    return result
