# mistake: stores the 422 answer for an invalid body too, so the client cannot fix the body and retry with the same key
class IdempotentOrders:
    def __init__(self, ttl):
        self.ttl = ttl
        self.stored = {}
        self.created = 0

    def submit(self, key, body, now):
        entry = self.stored.get(key) if key is not None else None
        if entry is not None and now < entry[0] + self.ttl:
            if body == entry[1]:
                return {**entry[2], 'replayed': True}
            return {'status': 409, 'order': None, 'replayed': False}
        amount = body.get('amount')
        if not isinstance(amount, int) or amount <= 0:
            response = {'status': 422, 'order': None, 'replayed': False}
        else:
            self.created += 1
            response = {'status': 201, 'order': self.created, 'replayed': False}
        if key is not None:
            self.stored[key] = (now, body, response)
        return dict(response)

    def orders(self):
        return self.created
