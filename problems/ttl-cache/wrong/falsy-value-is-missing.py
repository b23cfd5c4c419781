# mistake: treats a stored falsy value (0, "", false) as a missing entry
class TTLCache:
    def __init__(self):
        self.items = {}

    def set(self, key, value, ttl, now):
        self.items[key] = (value, now + ttl)

    def get(self, key, now):
        value, expires = self.items.get(key, (None, 0))
        if value and now < expires:
            return value
        self.items.pop(key, None)
        return None

    def size(self, now):
        self.items = {k: v for k, v in self.items.items() if now < v[1]}
        return len(self.items)
