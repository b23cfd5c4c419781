# mistake: setting an existing key replaces the value but keeps the old expiry time
class TTLCache:
    def __init__(self):
        self.items = {}

    def set(self, key, value, ttl, now):
        if key in self.items:
            self.items[key] = (value, self.items[key][1])
        else:
            self.items[key] = (value, now + ttl)

    def get(self, key, now):
        if key in self.items:
            value, expires = self.items[key]
            if now < expires:
                return value
            del self.items[key]
        return None

    def size(self, now):
        self.items = {k: v for k, v in self.items.items() if now < v[1]}
        return len(self.items)
