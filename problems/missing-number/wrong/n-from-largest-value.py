# mistake: takes n from the largest value returned instead of from the length, so a missing n (or an empty list) goes wrong
def missing_number(nums):
    n = max(nums, default=0)
    return n * (n + 1) // 2 - sum(nums)
