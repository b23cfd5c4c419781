# mistake: computes the minimum by scanning the stack (O(n) per call) where O(1) is asked
class MinStack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def top(self):
        return self.items[-1]

    def get_min(self):
        return min(self.items)
