# mistake: reverses the letters of each word instead of the order of the words
def reverse_words(s):
    return ' '.join(word[::-1] for word in s.split())
