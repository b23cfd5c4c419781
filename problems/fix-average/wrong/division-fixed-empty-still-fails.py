# mistake: half-fix: uses / now, but an empty list still divides by zero (ZeroDivisionError)
def average(nums):
    total = 0
    for x in nums:
        total += x
    return total / len(nums)
