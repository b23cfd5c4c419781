# mistake: stops one bitmask early (2^n - 1 excluded), so the combination with every value is missing
def subsets(nums):
    n = len(nums)
    result = []
    for mask in range((1 << n) - 1):
        result.append([nums[i] for i in range(n) if mask & (1 << i)])
    return result
