# mistake: best[i] is the best total that runs on night i, and the answer returns best[-1], forcing a run on the last night
def max_loot(values):
    if not values:
        return 0
    best = []
    for i, v in enumerate(values):
        before = max(best[i - 2], best[i - 3] if i >= 3 else 0) if i >= 2 else 0
        best.append(before + v)
    return best[-1]
