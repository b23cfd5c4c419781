# mistake: always buys on the day of the lowest price and sells at the highest price after it
def max_profit(prices):
    if not prices:
        return 0
    i = prices.index(min(prices))
    return max(prices[i:]) - prices[i]
