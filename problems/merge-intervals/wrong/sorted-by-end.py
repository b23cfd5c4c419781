# mistake: sorts by end instead of start, so a long block that starts earlier comes after a short one inside it
def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
