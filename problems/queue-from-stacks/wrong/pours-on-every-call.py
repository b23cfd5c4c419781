# mistake: pours the inbox into the outbox on every pop and peek, even when the outbox still holds older elements
class StackQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def push(self, x):
        self.inbox.append(x)

    def _refill(self):
        while self.inbox:
            self.outbox.append(self.inbox.pop())

    def pop(self):
        self._refill()
        return self.outbox.pop()

    def peek(self):
        self._refill()
        return self.outbox[-1]

    def is_empty(self):
        return not self.inbox and not self.outbox
