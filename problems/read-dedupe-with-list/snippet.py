def unique_visitors(ids):
    seen = []
    for visitor in ids:
        if visitor not in seen:
            seen.append(visitor)
    return seen
