# mistake: splits on one space character, so repeated, leading and trailing spaces become empty words
def reverse_words(s):
    return ' '.join(reversed(s.split(' ')))
