# mistake: writes a value when it differs from the next one, and the loop stops before the last value is written
def dedupe_sorted(nums):
    k = 0
    for i in range(len(nums) - 1):
        if nums[i] != nums[i + 1]:
            nums[k] = nums[i]
            k += 1
    return nums[:k]
