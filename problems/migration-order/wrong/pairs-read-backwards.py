# mistake: reads [m, dep] the wrong way round, running each migration before the one it needs
import heapq


def migration_order(migrations, requires):
    after = {m: [] for m in migrations}
    waiting = {m: 0 for m in migrations}
    for m, dep in requires:
        after[m].append(dep)
        waiting[dep] += 1
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
