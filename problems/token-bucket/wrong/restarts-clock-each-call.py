# mistake: counts whole intervals since the previous call, throwing away the part of an interval that had already passed
class TokenBucket:
    def __init__(self, capacity, interval):
        self.capacity = capacity
        self.interval = interval
        self.tokens = capacity
        self.last = 0

    def _refill(self, now):
        added = (now - self.last) // self.interval
        self.tokens = min(self.capacity, self.tokens + added)
        self.last = now

    def take(self, n, now):
        self._refill(now)
        if self.tokens < n:
            return False
        self.tokens -= n
        return True

    def available(self, now):
        self._refill(now)
        return self.tokens
