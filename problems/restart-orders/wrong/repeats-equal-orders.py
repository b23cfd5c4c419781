# mistake: permutes positions, so a name listed twice yields every order twice
def restart_orders(services):
    orders = []
    used = [False] * len(services)
    path = []

    def place():
        if len(path) == len(services):
            orders.append(path[:])
            return
        for i in range(len(services)):
            if not used[i]:
                used[i] = True
                path.append(services[i])
                place()
                path.pop()
                used[i] = False

    place()
    return orders
