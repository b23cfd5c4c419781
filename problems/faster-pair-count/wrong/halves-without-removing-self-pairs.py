# mistake: counts ordered pairs over all values and halves the total, without removing each element paired with itself
from collections import Counter


def count_pairs(nums, target):
    counts = Counter(nums)
    return sum(counts[target - x] for x in nums) // 2
