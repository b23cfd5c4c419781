# mistake: returns the character itself instead of its position
from collections import Counter


def first_unique(s):
    counts = Counter(s)
    for c in s:
        if counts[c] == 1:
            return c
    return -1
