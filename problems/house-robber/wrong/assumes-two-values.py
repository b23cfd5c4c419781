# mistake: seeds the table with values[0] and values[1] without checking the length, so 0 or 1 nights break it
def max_loot(values):
    best = [values[0], max(values[0], values[1])]
    for v in values[2:]:
        best.append(max(best[-1], best[-2] + v))
    return best[-1]
