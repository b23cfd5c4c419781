# mistake: compares how many flags are on in each snapshot, so one flag off and another on looks like no change
def flag_flips(snapshots):
    ones = [bin(s).count('1') for s in snapshots]
    return sum(abs(a - b) for a, b in zip(ones, ones[1:]))
