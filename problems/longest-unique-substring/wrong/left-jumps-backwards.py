# mistake: moves left to last[c] + 1 even when that occurrence is already outside the window, so left can move backwards
def longest_unique(s):
    last = {}
    left = best = 0
    for right, c in enumerate(s):
        if c in last:
            left = last[c] + 1
        last[c] = right
        best = max(best, right - left + 1)
    return best
