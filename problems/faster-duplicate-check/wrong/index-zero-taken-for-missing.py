# mistake: remembers each value's index in a dict and tests it for truth, so a repeat of the value at index 0 is missed
def has_duplicate(nums):
    seen = {}
    for i, x in enumerate(nums):
        if seen.get(x):
            return True
        seen[x] = i
    return False
