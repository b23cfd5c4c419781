def flag_flips(snapshots):
    flips = 0
    for before, after in zip(snapshots, snapshots[1:]):
        changed = before ^ after  # a 1 bit for every flag that differs
        while changed:
            changed &= changed - 1  # clears the lowest 1 bit
            flips += 1
    return flips
