# mistake: loops while i < j, so the last element (where the two pointers meet) is never written
def sorted_squares(nums):
    result = [0] * len(nums)
    i, j, k = 0, len(nums) - 1, len(nums) - 1
    while i < j:
        if abs(nums[i]) > abs(nums[j]):
            result[k] = nums[i] * nums[i]
            i += 1
        else:
            result[k] = nums[j] * nums[j]
            j -= 1
        k -= 1
    return result
