# mistake: keys each word by its set of letters, so words with the same letters in different amounts ("aab", "abb") are grouped
from collections import defaultdict


def group_anagrams(words):
    groups = defaultdict(list)
    for w in words:
        groups[''.join(sorted(set(w)))].append(w)
    return list(groups.values())
