# mistake: keeps a sliding set of the last k + 1 ids, so a repeat k + 1 apart counts
def has_nearby_duplicate(nums, k):
    window = set()
    for i, x in enumerate(nums):
        if x in window:
            return True
        window.add(x)
        if i - k - 1 >= 0:
            window.discard(nums[i - k - 1])
    return False
