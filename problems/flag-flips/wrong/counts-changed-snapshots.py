# mistake: counts the snapshots that differ from the previous one, not how many flags differ
def flag_flips(snapshots):
    return sum(1 for a, b in zip(snapshots, snapshots[1:]) if a != b)
