# mistake: returns the table entry as it is, so an impossible amount gives infinity instead of -1
def min_coins(coins, amount):
    best = [0] + [float('inf')] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                best[a] = min(best[a], best[a - c] + 1)
    return best[amount]
