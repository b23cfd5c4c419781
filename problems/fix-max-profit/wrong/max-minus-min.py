# mistake: returns the highest price minus the lowest, ignoring that the sale must come after the purchase
def max_profit(prices):
    if not prices:
        return 0
    return max(prices) - min(prices)
