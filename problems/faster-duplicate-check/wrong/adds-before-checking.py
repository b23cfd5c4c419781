# mistake: adds the value to the set before asking whether it was seen, so every value looks like a repeat
def has_duplicate(nums):
    seen = set()
    for x in nums:
        seen.add(x)
        if x in seen:
            return True
    return False
