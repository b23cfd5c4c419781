# mistake: starts from words[0] without checking for an empty list (IndexError)
def common_prefix(words):
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
