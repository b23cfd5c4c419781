# mistake: takes the average rate (total size / seconds) as the highest rate ever needed, but rounding up per file can need more
def min_rate(sizes, seconds):
    if seconds < len(sizes):
        return -1
    lo, hi = 1, max(1, -(-sum(sizes) // seconds))
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((s + mid - 1) // mid for s in sizes) <= seconds:
            hi = mid
        else:
            lo = mid + 1
    return lo
