# mistake: counts the letters both strings contain (a multiset intersection), ignoring their order
from collections import Counter


def lcs_length(a, b):
    return sum((Counter(a) & Counter(b)).values())
