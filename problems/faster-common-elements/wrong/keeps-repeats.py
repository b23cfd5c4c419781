# mistake: filters a against a set of b but never drops a's own repeats, so a value can be returned twice
def common_values(a, b):
    in_b = set(b)
    return sorted(x for x in a if x in in_b)
