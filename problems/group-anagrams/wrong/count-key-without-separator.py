# mistake: keys by the 26 letter counts joined without a separator, so counts 1, 11 and 11, 1 give the same key
from collections import defaultdict


def group_anagrams(words):
    groups = defaultdict(list)
    for w in words:
        counts = [0] * 26
        for c in w:
            counts[ord(c) - ord('a')] += 1
        groups[''.join(str(n) for n in counts)].append(w)
    return list(groups.values())
