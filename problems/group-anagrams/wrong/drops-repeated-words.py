# mistake: collects each group in a set, so a word that appears twice is kept once
from collections import defaultdict


def group_anagrams(words):
    groups = defaultdict(set)
    for w in words:
        groups[''.join(sorted(w))].add(w)
    return [list(g) for g in groups.values()]
