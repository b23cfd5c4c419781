# mistake: uses "if" where "while" is needed, so the candidate prefix is shortened by at most one character per word
def common_prefix(words):
    if not words:
        return ''
    prefix = words[0]
    for w in words[1:]:
        if not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
