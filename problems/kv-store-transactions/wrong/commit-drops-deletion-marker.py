# mistake: on commit a deletion removes the key from the layer below instead of marking it, so a value further down reappears
DELETED = object()


class KVStore:
    def __init__(self):
        self.layers = [{}]

    def get(self, key):
        for layer in reversed(self.layers):
            if key in layer:
                value = layer[key]
                return None if value is DELETED else value
        return None

    def set(self, key, value):
        self.layers[-1][key] = value

    def delete(self, key):
        existed = self.get(key) is not None
        self.layers[-1][key] = DELETED
        return existed

    def begin(self):
        self.layers.append({})

    def commit(self):
        if len(self.layers) == 1:
            return False
        top = self.layers.pop()
        below = self.layers[-1]
        for k, v in top.items():
            if v is DELETED:
                below.pop(k, None)
            else:
                below[k] = v
        return True

    def rollback(self):
        if len(self.layers) == 1:
            return False
        self.layers.pop()
        return True
