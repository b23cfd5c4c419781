# mistake: counts only flags that were switched on, missing the ones switched off
def flag_flips(snapshots):
    flips = 0
    for a, b in zip(snapshots, snapshots[1:]):
        flips += bin(b & ~a).count('1')
    return flips
