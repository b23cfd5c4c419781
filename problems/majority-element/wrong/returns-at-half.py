# mistake: counts with a map and returns the first value seen n // 2 times: half is not more than half
def majority(nums):
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
        if counts[x] >= len(nums) // 2:
            return x
