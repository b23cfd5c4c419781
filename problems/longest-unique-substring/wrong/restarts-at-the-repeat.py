# mistake: on a repeat, restarts the window at the repeated character, dropping characters that could have stayed
def longest_unique(s):
    window = set()
    left = best = 0
    for right, c in enumerate(s):
        if c in window:
            window = set()
            left = right
        window.add(c)
        best = max(best, right - left + 1)
    return best
