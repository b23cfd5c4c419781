# mistake: adds only the tokens due strictly before now, so a token due exactly now is not there yet
class TokenBucket:
    def __init__(self, capacity, interval):
        self.capacity = capacity
        self.interval = interval
        self.tokens = capacity
        self.ticks = 0  # schedule points already counted: interval, 2 * interval, ...

    def _refill(self, now):
        due = max(0, (now - 1) // self.interval)
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
