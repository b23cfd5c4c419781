# mistake: never removes the front index when it slides out of the window, so an old maximum lingers
from collections import deque


def window_maxima(nums, k):
    q = deque()
    out = []
    for i, x in enumerate(nums):
        while q and nums[q[-1]] <= x:
            q.pop()
        q.append(i)
        if i >= k - 1:
            out.append(nums[q[0]])
    return out
