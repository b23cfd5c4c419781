from collections import deque


def busiest_minute(timestamps):
    window = deque()
    best = 0
    for t in timestamps:
        window.append(t)
        while window[0] <= t - 60:
            window.popleft()
        best = max(best, len(window))
    return best
