# mistake: starts writing maxima at i >= k instead of i >= k - 1, so the first window is missing
from collections import deque


def window_maxima(nums, k):
    q = deque()
    out = []
    for i, x in enumerate(nums):
        while q and nums[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k:
            out.append(nums[q[0]])
    return out
