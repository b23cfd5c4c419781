# mistake: compares only as many parts as the shorter version has, so "1.2" and "1.2.5" look equal
from functools import cmp_to_key


def sort_versions(versions):
    def cmp(a, b):
        for x, y in zip(a.split('.'), b.split('.')):
            if int(x) != int(y):
                return -1 if int(x) < int(y) else 1
        return 0
    return sorted(versions, key=cmp_to_key(cmp))
