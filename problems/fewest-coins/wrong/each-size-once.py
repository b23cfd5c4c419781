# mistake: loops the amounts downwards inside each size (the 0/1 knapsack order), so every size can be used only once
def min_coins(coins, amount):
    best = [0] + [float('inf')] * amount
    for c in coins:
        for a in range(amount, c - 1, -1):
            best[a] = min(best[a], best[a - c] + 1)
    return best[amount] if best[amount] != float('inf') else -1
