# mistake: never checks whether any rate can fit, so with too few seconds it returns the largest file size instead of -1
def min_rate(sizes, seconds):
    lo, hi = 1, max(sizes)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((s + mid - 1) // mid for s in sizes) <= seconds:
            hi = mid
        else:
            lo = mid + 1
    return lo
