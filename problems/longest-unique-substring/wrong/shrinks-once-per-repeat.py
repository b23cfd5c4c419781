# mistake: on a repeat removes only the leftmost character (if instead of while), so the window can still hold the repeat
def longest_unique(s):
    window = set()
    left = best = 0
    for right, c in enumerate(s):
        if c in window:
            window.discard(s[left])
            left += 1
        window.add(c)
        best = max(best, right - left + 1)
    return best
