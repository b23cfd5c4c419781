# mistake: rounds the mean to two decimals, which the statement never asks for
def average(nums):
    if not nums:
        return 0
    return round(sum(nums) / len(nums), 2)
