# mistake: checks the tokens before adding the ones that are due, and refills only afterwards
class TokenBucket:
    def __init__(self, capacity, interval):
        self.capacity = capacity
        self.interval = interval
        self.tokens = capacity
        self.ticks = 0  # schedule points already counted: interval, 2 * interval, ...

    def _refill(self, now):
        due = now // self.interval
        self.tokens = min(self.capacity, self.tokens + due - self.ticks)
        self.ticks = due

    def take(self, n, now):
        ok = self.tokens >= n
        if ok:
            self.tokens -= n
        self._refill(now)
        return ok

    def available(self, now):
        self._refill(now)
        return self.tokens
