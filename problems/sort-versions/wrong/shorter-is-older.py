# mistake: compares the lists of numbers as they are, so "1.2" counts as older than "1.2.0" instead of equal
def sort_versions(versions):
    return sorted(versions, key=lambda v: [int(x) for x in v.split('.')])
