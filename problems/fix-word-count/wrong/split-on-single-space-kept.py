# mistake: half-fix: counts from 0 with get(), but still splits on " ", so repeated or leading spaces give "" words and newlines glue words
def word_count(text):
    counts = {}
    for word in text.lower().split(' '):
        counts[word] = counts.get(word, 0) + 1
    return counts
