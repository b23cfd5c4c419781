# mistake: lower-cases before counting, so "A" and "a" are taken for the same character
from collections import Counter


def first_unique(s):
    counts = Counter(s.lower())
    for i, c in enumerate(s.lower()):
        if counts[c] == 1:
            return i
    return -1
