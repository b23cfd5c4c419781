# mistake: renews the entry on every get (sliding expiry), so a value read often never expires
class TTLCache:
    def __init__(self):
        self.items = {}
        self.ttls = {}

    def set(self, key, value, ttl, now):
        self.items[key] = (value, now + ttl)
        self.ttls[key] = ttl

    def get(self, key, now):
        if key in self.items:
            value, expires = self.items[key]
            if now < expires:
                self.items[key] = (value, now + self.ttls[key])
                return value
            del self.items[key]
        return None

    def size(self, now):
        self.items = {k: v for k, v in self.items.items() if now < v[1]}
        return len(self.items)
