def max_loot(values):
    skip, take = 0, 0
    for v in values:
        skip, take = max(skip, take), skip + v
    return max(skip, take)
