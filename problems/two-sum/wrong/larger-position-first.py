# mistake: returns the current position first, so the pair comes out in the wrong order
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [i, seen[target - x]]
        seen[x] = i
