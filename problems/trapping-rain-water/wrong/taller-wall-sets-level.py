# mistake: uses the taller of the two side maxima as the water level instead of the shorter one
def trapped_water(heights):
    n = len(heights)
    left, right = [0] * n, [0] * n
    for i in range(n):
        left[i] = max(left[i - 1] if i else 0, heights[i])
    for i in range(n - 1, -1, -1):
        right[i] = max(right[i + 1] if i < n - 1 else 0, heights[i])
    return sum(max(left[i], right[i]) - heights[i] for i in range(n))
