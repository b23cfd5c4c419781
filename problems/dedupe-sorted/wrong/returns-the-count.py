# mistake: returns k, the number of distinct values, instead of the front part of the list
def dedupe_sorted(nums):
    k = 0
    for x in nums:
        if k == 0 or x != nums[k - 1]:
            nums[k] = x
            k += 1
    return k
