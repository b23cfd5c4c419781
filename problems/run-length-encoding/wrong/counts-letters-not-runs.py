# mistake: counts every occurrence of a letter in the whole string instead of each run
def compress(s):
    counts = {}
    for c in s:
        counts[c] = counts.get(c, 0) + 1
    return ''.join(c + (str(n) if n > 1 else '') for c, n in counts.items())
