# mistake: deletes a repeat and then still moves the index forward, so a run of three or more keeps a repeat
def dedupe_sorted(nums):
    i = 0
    while i < len(nums) - 1:
        if nums[i] == nums[i + 1]:
            del nums[i + 1]
        i += 1
    return nums
