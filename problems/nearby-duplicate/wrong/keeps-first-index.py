# mistake: remembers only the first index of each id, so a later, closer repeat is measured from too far back
def has_nearby_duplicate(nums, k):
    last = {}
    for i, x in enumerate(nums):
        if x in last and i - last[x] <= k:
            return True
        last.setdefault(x, i)
    return False
