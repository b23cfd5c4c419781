# mistake: adds up every day-to-day rise, which is the profit of many trades, not of a single one
def max_profit(prices):
    return sum(max(0, prices[i] - prices[i - 1]) for i in range(1, len(prices)))
