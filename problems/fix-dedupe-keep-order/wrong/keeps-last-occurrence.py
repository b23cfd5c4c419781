# mistake: keeps each item where it last appears (dedupes the reversed list), not where it first appears
def dedupe(items):
    seen = set()
    out = []
    for x in reversed(items):
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out[::-1]
