# mistake: drops an item only when it repeats the one just before it, which handles sorted input only
def dedupe(items):
    out = []
    for x in items:
        if not out or out[-1] != x:
            out.append(x)
    return out
