# mistake: guards with "amount <= 0 means -1", so zero records (which needs zero batches) is reported as impossible
def min_coins(coins, amount):
    if amount <= 0:
        return -1
    best = [0] + [float('inf')] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                best[a] = min(best[a], best[a - c] + 1)
    return best[amount] if best[amount] != float('inf') else -1
