# mistake: allows limit + 1 requests per window (<= limit instead of < limit)
from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.hits = defaultdict(deque)

    def allow(self, client, now):
        q = self.hits[client]
        while q and q[0] <= now - self.window:
            q.popleft()
        if len(q) <= self.limit:
            q.append(now)
            return True
        return False
