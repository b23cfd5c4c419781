# mistake: remembers str(x) as the key, so the number 1 and the string "1" are taken for the same item
def dedupe(items):
    seen = set()
    out = []
    for x in items:
        if str(x) not in seen:
            seen.add(str(x))
            out.append(x)
    return out
