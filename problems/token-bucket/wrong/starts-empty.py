# mistake: creates the bucket empty instead of full
class TokenBucket:
    def __init__(self, capacity, interval):
        self.capacity = capacity
        self.interval = interval
        self.tokens = 0
        self.ticks = 0  # schedule points already counted: interval, 2 * interval, ...

    def _refill(self, now):
        due = now // self.interval
        self.tokens = min(self.capacity, self.tokens + due - self.ticks)
        self.ticks = due

    def take(self, n, now):
        self._refill(now)
        if self.tokens < n:
            return False
        self.tokens -= n
        return True

    def available(self, now):
        self._refill(now)
        return self.tokens
