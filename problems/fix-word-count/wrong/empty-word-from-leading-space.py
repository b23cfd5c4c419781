# mistake: splits on runs of whitespace with a regex, which still yields an empty first word when the text starts with a space
import re


def word_count(text):
    counts = {}
    for word in re.split(r'\s+', text.lower()):
        counts[word] = counts.get(word, 0) + 1
    if '' in counts and text == '':
        del counts['']
    return counts
