# mistake: fills every position up to the tallest wall on its left, ignoring that water runs off on the right
def trapped_water(heights):
    water = best = 0
    for h in heights:
        best = max(best, h)
        water += best - h
    return water
