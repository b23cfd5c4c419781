# mistake: decides on the full log first and drops expired times only after, so a request just after the window is rejected
from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.hits = defaultdict(deque)

    def allow(self, client, now):
        q = self.hits[client]
        if len(q) < self.limit:
            q.append(now)
            return True
        while q and q[0] <= now - self.window:
            q.popleft()
        return False
