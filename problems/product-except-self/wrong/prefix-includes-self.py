# mistake: multiplies nums[i] into the left product before storing it, so every element includes itself
def products_except_self(nums):
    result = [1] * len(nums)
    left = 1
    for i in range(len(nums)):
        left *= nums[i]
        result[i] = left
    right = 1
    for i in range(len(nums) - 1, -1, -1):
        result[i] *= right
        right *= nums[i]
    return result
