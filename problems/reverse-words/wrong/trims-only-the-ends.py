# mistake: trims the ends but still splits on a single space, so spaces between words survive as empty words
def reverse_words(s):
    return ' '.join(reversed(s.strip().split(' ')))
