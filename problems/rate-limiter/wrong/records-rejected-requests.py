# mistake: records every request, rejected ones too, so a client that keeps retrying stays blocked
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
        q.append(now)
        return len(q) <= self.limit
