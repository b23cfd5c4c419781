# mistake: skips "empty" elements with a truthiness test, which also drops the values 0 and ""
def flatten(items):
    out = []
    for x in items:
        if not x:
            continue
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
