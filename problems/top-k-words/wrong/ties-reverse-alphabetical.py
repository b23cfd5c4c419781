# mistake: sorts by (count, word) in reverse, which puts tied words in reverse alphabetical order
from collections import Counter


def top_words(text, k):
    counts = Counter(text.lower().split())
    return sorted(counts, key=lambda w: (counts[w], w), reverse=True)[:k]
