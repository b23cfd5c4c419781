# mistake: fixes the splitting and the missing key but never lower-cases, so "The" and "the" are counted apart
def word_count(text):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts
