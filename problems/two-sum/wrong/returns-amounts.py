# mistake: returns the two amounts instead of their positions
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [target - x, x]
        seen[x] = i
