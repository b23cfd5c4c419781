# mistake: commit folds every open transaction into the base store at once, instead of only the innermost into the next
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
        while len(self.layers) > 1:
            top = self.layers.pop()
            self.layers[-1].update(top)
        return True

    def rollback(self):
        if len(self.layers) == 1:
            return False
        self.layers.pop()
        return True
