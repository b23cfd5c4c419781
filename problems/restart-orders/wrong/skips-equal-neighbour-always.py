# mistake: skips a name equal to the previous one even when that one is already placed, which loses orders with repeats
def restart_orders(services):
    items = sorted(services)
    used = [False] * len(items)
    orders, path = [], []

    def place():
        if len(path) == len(items):
            orders.append(path[:])
            return
        for i, name in enumerate(items):
            if used[i] or (i > 0 and name == items[i - 1]):
                continue
            used[i] = True
            path.append(name)
            place()
            path.pop()
            used[i] = False

    place()
    return orders
