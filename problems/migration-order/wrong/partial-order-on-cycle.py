# mistake: returns the migrations it managed to order even when a loop blocks the rest
import heapq


def migration_order(migrations, requires):
    after = {m: [] for m in migrations}
    waiting = {m: 0 for m in migrations}
    for m, dep in requires:
        after[dep].append(m)
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
    return order
