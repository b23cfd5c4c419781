# mistake: counts words as written, so "Go" and "go" are different words
from collections import Counter


def top_words(text, k):
    counts = Counter(text.split())
    return sorted(counts, key=lambda w: (-counts[w], w))[:k]
