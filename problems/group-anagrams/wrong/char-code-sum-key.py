# mistake: keys each word by the sum of its character codes, which different letters can share ("ad" and "bc")
from collections import defaultdict


def group_anagrams(words):
    groups = defaultdict(list)
    for w in words:
        groups[sum(ord(c) for c in w)].append(w)
    return list(groups.values())
