from functools import cmp_to_key


def compare_versions(a, b):
    pa = [int(x) for x in a.split('.')]
    pb = [int(x) for x in b.split('.')]
    for i in range(max(len(pa), len(pb))):
        x = pa[i] if i < len(pa) else 0  # a missing part counts as 0
        y = pb[i] if i < len(pb) else 0
        if x != y:
            return -1 if x < y else 1
    return 0


def sort_versions(versions):
    # sorted() is stable: versions that compare equal keep their input order.
    return sorted(versions, key=cmp_to_key(compare_versions))
