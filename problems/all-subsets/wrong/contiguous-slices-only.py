# mistake: lists the contiguous slices nums[i:j] (plus the empty one), which equal the subsets only for up to two values
def subsets(nums):
    result = [[]]
    for i in range(len(nums)):
        for j in range(i + 1, len(nums) + 1):
            result.append(nums[i:j])
    return result
