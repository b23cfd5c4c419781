def common_values(a, b):
    return sorted(set(a) & set(b))
