# mistake: starts high at len(nums) instead of len(nums) - 1
def sort_colors(nums):
    low, mid, high = 0, 0, len(nums)
    while mid < high:
        if nums[mid] == 0:
            nums[low], nums[mid] = nums[mid], nums[low]
            low += 1
            mid += 1
        elif nums[mid] == 2:
            nums[mid], nums[high] = nums[high], nums[mid]
            high -= 1
        else:
            mid += 1
    return nums
