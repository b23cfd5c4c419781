# mistake: rounds each file's time down, as if a partly used second were free
def min_rate(sizes, seconds):
    if seconds < len(sizes):
        return -1
    lo, hi = 1, max(sizes)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(s // mid for s in sizes) <= seconds:
            hi = mid
        else:
            lo = mid + 1
    return lo
