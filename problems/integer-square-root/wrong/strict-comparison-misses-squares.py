# mistake: keeps mid only when mid * mid < x, so for a perfect square it answers one less
def int_sqrt(x):
    lo, hi, ans = 0, x, 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if mid * mid < x:
            ans = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return ans
