# mistake: recurses into anything iterable, strings included, so a string is split up and a one-letter string recurses forever
def flatten(items):
    out = []
    for x in items:
        if hasattr(x, '__iter__'):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
