# mistake: finds the smallest r with r * r >= x, which rounds up when x is not a square
def int_sqrt(x):
    lo, hi = 0, x
    while lo < hi:
        mid = (lo + hi) // 2
        if mid * mid >= x:
            hi = mid
        else:
            lo = mid + 1
    return lo
