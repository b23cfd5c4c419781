# mistake: replaces the best window when a new one is equally short, so the rightmost of equal windows wins
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    best = (0, float('inf'))
    left = 0
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing == 0 and t:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left <= best[1] - best[0]:
                best = (left, right)
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best[0]:best[1] + 1] if best[1] != float('inf') else ''
