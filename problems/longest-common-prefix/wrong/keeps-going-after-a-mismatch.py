# mistake: collects every column where all words agree instead of stopping at the first column where they differ
def common_prefix(words):
    if not words:
        return ''
    out = []
    for column in zip(*words):
        if all(c == column[0] for c in column):
            out.append(column[0])
    return ''.join(out)
