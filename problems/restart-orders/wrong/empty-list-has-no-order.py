# mistake: returns no orders at all for an empty list instead of the one empty order
def restart_orders(services):
    if not services:
        return []
    if len(services) == 1:
        return [services[:]]
    orders, seen = [], set()
    for i, name in enumerate(services):
        for rest in restart_orders(services[:i] + services[i + 1:]):
            order = [name] + rest
            if tuple(order) not in seen:
                seen.add(tuple(order))
                orders.append(order)
    return orders
