def min_rate(sizes, seconds):
    if seconds < len(sizes):
        return -1  # every file takes at least one second

    def fits(rate):
        return sum((s + rate - 1) // rate for s in sizes) <= seconds

    # fits() is monotonic: a faster rate never takes longer. max(sizes) always fits here.
    lo, hi = 1, max(sizes)
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
