# mistake: stores each item's first index and tests it for truth, so the item first seen at index 0 is kept again
def dedupe(items):
    first = {}
    out = []
    for i, x in enumerate(items):
        if not first.get(x):
            first[x] = i
            out.append(x)
    return out
