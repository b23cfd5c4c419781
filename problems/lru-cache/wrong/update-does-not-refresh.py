# mistake: putting an existing key replaces its value in place, which does not move it to the recently used end
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, value):
        if key not in self.items and len(self.items) == self.capacity:
            self.items.popitem(last=False)
        self.items[key] = value
