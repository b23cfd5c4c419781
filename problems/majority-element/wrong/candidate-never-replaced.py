# mistake: keeps the first value as the candidate for good and only lets the counter go up and down
def majority(nums):
    candidate, votes = nums[0], 0
    for x in nums:
        votes += 1 if x == candidate else -1
    return candidate
