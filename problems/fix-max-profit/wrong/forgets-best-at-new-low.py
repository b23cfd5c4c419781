# mistake: resets the best profit whenever a new lowest price appears, losing a better trade made before it
def max_profit(prices):
    best = 0
    lowest = float('inf')
    for p in prices:
        if p < lowest:
            lowest = p
            best = 0
        best = max(best, p - lowest)
    return best
