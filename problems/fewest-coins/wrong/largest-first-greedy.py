# mistake: takes as many of the largest size as fit, then the next, greedily; that is not optimal for every set of sizes
def min_coins(coins, amount):
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
