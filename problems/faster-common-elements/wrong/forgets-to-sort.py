# mistake: returns the set intersection as it comes, in the set's own iteration order, not sorted
def common_values(a, b):
    return list(set(a) & set(b))
