def first_at_least(sorted_ids, target):
    lo, hi = 0, len(sorted_ids) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_ids[mid] < target:
            lo = mid
        else:
            hi = mid
    return lo
