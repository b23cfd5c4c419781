def restart_orders(services):
    items = sorted(services)
    used = [False] * len(items)
    orders, path = [], []

    def place():
        if len(path) == len(items):
            orders.append(path[:])
            return
        for i, name in enumerate(items):
            if used[i]:
                continue
            # Equal names are interchangeable: only take a copy once the copy before it is placed.
            if i > 0 and name == items[i - 1] and not used[i - 1]:
                continue
            used[i] = True
            path.append(name)
            place()
            path.pop()
            used[i] = False

    place()
    return orders
