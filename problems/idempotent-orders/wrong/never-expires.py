# mistake: never expires a stored key
class IdempotentOrders:
    def __init__(self, ttl):
        self.ttl = ttl
        self.stored = {}  # key -> (time stored, body, response)
        self.created = 0

    def submit(self, key, body, now):
        entry = self.stored.get(key) if key is not None else None
        if entry is not None:
            if body == entry[1]:
                return {**entry[2], 'replayed': True}
            return {'status': 409, 'order': None, 'replayed': False}
        amount = body.get('amount')
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            return {'status': 422, 'order': None, 'replayed': False}
        self.created += 1
        response = {'status': 201, 'order': self.created, 'replayed': False}
        if key is not None:
            self.stored[key] = (now, body, response)
        return dict(response)

    def orders(self):
        return self.created
