# mistake: compares the two ends but fills the result from the front with the smaller square, though the smallest square is in the middle
def sorted_squares(nums):
    result = []
    i, j = 0, len(nums) - 1
    while i <= j:
        if abs(nums[i]) < abs(nums[j]):
            result.append(nums[i] * nums[i])
            i += 1
        else:
            result.append(nums[j] * nums[j])
            j -= 1
    return result
