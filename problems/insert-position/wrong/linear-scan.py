# mistake: walks to the first element not below the target: O(n) per search where O(log n) is asked
def insert_position(nums, target):
    i = 0
    while i < len(nums) and nums[i] < target:
        i += 1
    return i
