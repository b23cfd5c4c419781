def trapped_water(heights):
    i, j = 0, len(heights) - 1
    left_max = right_max = water = 0
    while i < j:
        if heights[i] < heights[j]:
            left_max = max(left_max, heights[i])
            water += left_max - heights[i]
            i += 1
        else:
            right_max = max(right_max, heights[j])
            water += right_max - heights[j]
            j -= 1
    return water
