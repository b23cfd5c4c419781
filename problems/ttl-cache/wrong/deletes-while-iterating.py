# mistake: removes expired entries while iterating over the same collection in size (Python raises; the JavaScript array version skips an entry)
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
        for k in self.items:
            if now >= self.items[k][1]:
                del self.items[k]
        return len(self.items)
