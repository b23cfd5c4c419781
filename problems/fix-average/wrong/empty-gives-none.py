# mistake: returns None for an empty list instead of 0
def average(nums):
    if not nums:
        return None
    return sum(nums) / len(nums)
