# mistake: searches only up to x // 2 to save a step, which is below the answer for x = 1
def int_sqrt(x):
    lo, hi, ans = 0, x // 2, 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if mid * mid <= x:
            ans = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return ans
