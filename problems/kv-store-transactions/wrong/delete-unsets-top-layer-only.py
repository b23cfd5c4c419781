# mistake: a delete inside a transaction only removes the key from the top layer, so the value below shows through again
class KVStore:
    def __init__(self):
        self.layers = [{}]

    def get(self, key):
        for layer in reversed(self.layers):
            if key in layer:
                return layer[key]
        return None

    def set(self, key, value):
        self.layers[-1][key] = value

    def delete(self, key):
        existed = self.get(key) is not None
        self.layers[-1].pop(key, None)
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
