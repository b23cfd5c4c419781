# mistake: toggles a character in and out of a "seen once" set, so a character seen three times looks unique again
def first_unique(s):
    once = set()
    for c in s:
        if c in once:
            once.remove(c)
        else:
            once.add(c)
    for i, c in enumerate(s):
        if c in once:
            return i
    return -1
