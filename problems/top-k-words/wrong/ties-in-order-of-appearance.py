# mistake: orders words with equal counts by first appearance (most_common, a stable sort on count) instead of alphabetically
from collections import Counter


def top_words(text, k):
    counts = Counter(text.lower().split())
    return [w for w, _ in counts.most_common(k)]
