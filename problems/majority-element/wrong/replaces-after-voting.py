# mistake: votes first and replaces the candidate after the counter reaches zero, so the counter can go negative and the wrong value survives
def majority(nums):
    candidate, votes = None, 0
    for x in nums:
        votes += 1 if x == candidate else -1
        if votes == 0:
            candidate = x
    return candidate
