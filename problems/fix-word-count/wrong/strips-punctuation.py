# mistake: strips punctuation from the words, which the statement does not ask for ("ok," and "ok" are different words)
import string


def word_count(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(string.punctuation)
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts
