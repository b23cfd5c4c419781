# mistake: returns the middle element as if the log were sorted, but it is not
def majority(nums):
    return nums[len(nums) // 2]
