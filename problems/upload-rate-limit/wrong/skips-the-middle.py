# mistake: on success moves hi to mid - 1, stepping past the answer when mid itself was the smallest rate that fits
def min_rate(sizes, seconds):
    if seconds < len(sizes):
        return -1
    lo, hi = 1, max(sizes)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((s + mid - 1) // mid for s in sizes) <= seconds:
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
