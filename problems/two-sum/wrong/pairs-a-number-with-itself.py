# mistake: stores each amount before looking for its complement, so an amount equal to half of target pairs with itself
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        seen[x] = i
        if target - x in seen:
            return [seen[target - x], i]
