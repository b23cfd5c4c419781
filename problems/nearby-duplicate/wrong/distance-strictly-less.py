# mistake: accepts only a distance strictly below k (< instead of <=)
def has_nearby_duplicate(nums, k):
    last = {}
    for i, x in enumerate(nums):
        if x in last and i - last[x] < k:
            return True
        last[x] = i
    return False
