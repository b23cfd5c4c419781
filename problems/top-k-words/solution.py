from collections import Counter


def top_words(text, k):
    counts = Counter(text.lower().split())
    return sorted(counts, key=lambda w: (-counts[w], w))[:k]
