def first_repeat(words):
    seen = {}
    for i, word in enumerate(words):
        if seen.get(word):
            return word
        seen[word] = i
    return None
