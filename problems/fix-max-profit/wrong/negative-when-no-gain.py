# mistake: starts best at minus infinity and compares only later days, so falling prices report a loss instead of 0
def max_profit(prices):
    best = float('-inf')
    lowest = float('inf')
    for p in prices:
        if lowest != float('inf'):
            best = max(best, p - lowest)
        lowest = min(lowest, p)
    return best if best != float('-inf') else 0
