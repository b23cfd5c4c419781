# mistake: half-fix: splits on " " and drops the empty strings, but a tab or newline still joins two words into one
def word_count(text):
    counts = {}
    for word in text.lower().split(' '):
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts
