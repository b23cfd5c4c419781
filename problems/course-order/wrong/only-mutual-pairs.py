# mistake: only looks for two services that wait on each other (and self-dependencies), missing longer loops
def can_finish(n, prereqs):
    pairs = {(a, b) for a, b in prereqs}
    for a, b in prereqs:
        if a == b or (b, a) in pairs:
            return False
    return True
