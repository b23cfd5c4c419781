# mistake: stores the followers in a set but counts every listed pair, so a repeated pair leaves a migration waiting forever
import heapq


def migration_order(migrations, requires):
    after = {m: set() for m in migrations}
    waiting = {m: 0 for m in migrations}
    for m, dep in requires:
        after[dep].add(m)
        waiting[m] += 1
    ready = [m for m in migrations if waiting[m] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        m = heapq.heappop(ready)
        order.append(m)
        for nxt in after[m]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, nxt)
    return order if len(order) == len(migrations) else []
