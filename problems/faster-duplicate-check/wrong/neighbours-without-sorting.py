# mistake: compares each value only with its neighbour, which finds repeats only when the list happens to be sorted
def has_duplicate(nums):
    for i in range(len(nums) - 1):
        if nums[i] == nums[i + 1]:
            return True
    return False
