# mistake: keeps a running count incremented on every set, so overwriting a key counts it twice
class TTLCache:
    def __init__(self):
        self.items = {}
        self.count = 0

    def set(self, key, value, ttl, now):
        self.items[key] = (value, now + ttl)
        self.count += 1

    def get(self, key, now):
        if key in self.items:
            value, expires = self.items[key]
            if now < expires:
                return value
            del self.items[key]
        return None

    def size(self, now):
        for k in [k for k, v in self.items.items() if now >= v[1]]:
            del self.items[k]
            self.count -= 1
        return self.count
