# mistake: takes the expected total as 0 + ... + (n - 1), the length of nums, instead of 0 + ... + n
def missing_number(nums):
    n = len(nums)
    return n * (n - 1) // 2 - sum(nums)
