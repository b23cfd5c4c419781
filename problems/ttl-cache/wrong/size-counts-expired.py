# mistake: size returns the number of stored entries, expired ones included
class TTLCache:
    def __init__(self):
        self.items = {}

    def set(self, key, value, ttl, now):
        self.items[key] = (value, now + ttl)

    def get(self, key, now):
        if key in self.items:
            value, expires = self.items[key]
            if now < expires:
                return value
            del self.items[key]
        return None

    def size(self, now):
        return len(self.items)
