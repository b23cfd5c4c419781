# mistake: counts requests per fixed bucket floor(now / window), which allows a burst of 2 * limit around a bucket edge
from collections import defaultdict


class RateLimiter:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.counts = defaultdict(int)

    def allow(self, client, now):
        bucket = (client, now // self.window)
        if self.counts[bucket] < self.limit:
            self.counts[bucket] += 1
            return True
        return False
