# mistake: drops repeats through a set, whose iteration order is not sorted (negative numbers come out of place)
def dedupe_sorted(nums):
    return list(set(nums))
