# mistake: get tests the stored value for truth, so a stored 0, "" or False is reported as missing (-1)
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        value = self.items.get(key)
        if not value:
            return -1
        self.items.move_to_end(key)
        return value

    def put(self, key, value):
        if key in self.items:
            self.items.move_to_end(key)
        elif len(self.items) == self.capacity:
            self.items.popitem(last=False)
        self.items[key] = value
