# mistake: splits on a single space, so leading, repeated or trailing spaces count an empty word "" and tabs or newlines glue words together
from collections import Counter


def top_words(text, k):
    counts = Counter(text.lower().split(' '))
    return sorted(counts, key=lambda w: (-counts[w], w))[:k]
