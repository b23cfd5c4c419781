# mistake: half-fix: sorts the set to get "an order", which is sorted order, not the order of first appearance
def dedupe(items):
    return sorted(set(items))
