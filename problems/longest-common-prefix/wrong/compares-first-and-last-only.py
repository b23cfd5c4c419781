# mistake: compares only the first and the last word (a trick that works only after sorting the list), ignoring the words between
def common_prefix(words):
    if not words:
        return ''
    a, b = words[0], words[-1]
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    return a[:i]
