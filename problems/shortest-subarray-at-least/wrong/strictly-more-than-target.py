# mistake: looks for a sum strictly above target, so a part that reaches target exactly does not count
def shortest_at_least(nums, target):
    best = len(nums) + 1
    left = total = 0
    for right, x in enumerate(nums):
        total += x
        while total > target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return best if best <= len(nums) else 0
