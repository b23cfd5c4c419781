# mistake: greedily takes the most valuable free night and blocks its neighbours, which can miss two smaller nights worth more
def max_loot(values):
    blocked = [False] * len(values)
    total = 0
    for i in sorted(range(len(values)), key=lambda i: -values[i]):
        if not blocked[i]:
            total += values[i]
            for j in (i - 1, i, i + 1):
                if 0 <= j < len(values):
                    blocked[j] = True
    return total
