# mistake: delete reports "existed" when any layer mentions the key, so the deletion marker left inside a transaction makes a second delete return True
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
        existed = any(key in layer for layer in self.layers)
        if len(self.layers) == 1:
            self.layers[0].pop(key, None)
        else:
            self.layers[-1][key] = DELETED
        return existed

    def begin(self):
        self.layers.append({})

    def commit(self):
        if len(self.layers) == 1:
            return False
        top = self.layers.pop()
        self.layers[-1].update(top)
        return True

    def rollback(self):
        if len(self.layers) == 1:
            return False
        self.layers.pop()
        return True
