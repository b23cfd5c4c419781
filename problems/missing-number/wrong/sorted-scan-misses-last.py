# mistake: sorts and returns the first index whose value differs, but finds nothing when the missing ticket is n
def missing_number(nums):
    nums = sorted(nums)
    for i, x in enumerate(nums):
        if x != i:
            return i
    return -1
