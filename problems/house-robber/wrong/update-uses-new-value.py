# mistake: updates skip first and then builds take from the new skip, so two consecutive nights can both be taken
def max_loot(values):
    skip, take = 0, 0
    for v in values:
        skip = max(skip, take)
        take = skip + v
    return max(skip, take)
