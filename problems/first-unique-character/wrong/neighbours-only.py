# mistake: only checks that a character differs from its neighbours, not from the whole string
def first_unique(s):
    for i, c in enumerate(s):
        if (i == 0 or s[i - 1] != c) and (i == len(s) - 1 or s[i + 1] != c):
            return i
    return -1
