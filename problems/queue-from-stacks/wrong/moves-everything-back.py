# mistake: pours the whole stack over and back for every pop and peek: O(n) per call, not O(1) amortised
class StackQueue:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def _front(self, remove):
        other = []
        while self.items:
            other.append(self.items.pop())
        x = other.pop() if remove else other[-1]
        while other:
            self.items.append(other.pop())
        return x

    def pop(self):
        return self._front(True)

    def peek(self):
        return self._front(False)

    def is_empty(self):
        return not self.items
