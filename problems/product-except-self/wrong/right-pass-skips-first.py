# mistake: stops the right-to-left pass before index 0, so the first element never gets the product of what follows it
def products_except_self(nums):
    result = [1] * len(nums)
    left = 1
    for i in range(len(nums)):
        result[i] = left
        left *= nums[i]
    right = 1
    for i in range(len(nums) - 1, 0, -1):
        result[i] *= right
        right *= nums[i]
    return result
