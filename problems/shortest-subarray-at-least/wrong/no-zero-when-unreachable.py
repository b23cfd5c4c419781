# mistake: returns its "not found" marker (len + 1, Infinity) instead of 0 when no part reaches target
def shortest_at_least(nums, target):
    best = len(nums) + 1
    left = total = 0
    for right, x in enumerate(nums):
        total += x
        while total >= target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return best
