# mistake: sorts and checks pairs, but never looks at the last id when the unmatched one sorts last
def unmatched_request(ids):
    ordered = sorted(ids)
    for i in range(0, len(ordered) - 1, 2):
        if ordered[i] != ordered[i + 1]:
            return ordered[i]
    return None
