# mistake: half-fix: returns 0 for an empty list, but still floor-divides with //, so [1, 2] gives 1
def average(nums):
    if not nums:
        return 0
    total = 0
    for x in nums:
        total += x
    return total // len(nums)
