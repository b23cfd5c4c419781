# mistake: compares every snapshot with the first one instead of with the one just before it
def flag_flips(snapshots):
    flips = 0
    for s in snapshots[1:]:
        flips += bin(snapshots[0] ^ s).count('1')
    return flips
