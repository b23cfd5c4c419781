# mistake: records x before counting its partners, so an element equal to target / 2 pairs with itself
def count_pairs(nums, target):
    seen = {}
    count = 0
    for x in nums:
        seen[x] = seen.get(x, 0) + 1
        count += seen.get(target - x, 0)
    return count
