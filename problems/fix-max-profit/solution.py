def max_profit(prices):
    best = 0
    lowest = float('inf')
    for p in prices:
        lowest = min(lowest, p)
        best = max(best, p - lowest)
    return best
