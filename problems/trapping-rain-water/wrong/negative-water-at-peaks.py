# mistake: takes the tallest wall on each side excluding the current one and never clamps at 0, so a peak adds negative water
def trapped_water(heights):
    water = 0
    for i in range(len(heights)):
        left = max(heights[:i], default=0)
        right = max(heights[i + 1:], default=0)
        water += min(left, right) - heights[i]
    return water
