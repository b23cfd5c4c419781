# mistake: marks impossible amounts with -1 and builds on them without checking, so -1 + 1 makes an impossible amount cost 0
def min_coins(coins, amount):
    best = [0] + [-1] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and (best[a] == -1 or best[a - c] + 1 < best[a]):
                best[a] = best[a - c] + 1
    return best[amount]
