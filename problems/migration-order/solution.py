import heapq


def migration_order(migrations, requires):
    after = {m: [] for m in migrations}  # dep -> migrations waiting for it
    waiting = {m: 0 for m in migrations}  # how many requirements are still unmet
    for m, dep in requires:
        after[dep].append(m)
        waiting[m] += 1
    ready = [m for m in migrations if waiting[m] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        m = heapq.heappop(ready)  # the alphabetically smallest ready migration
        order.append(m)
        for nxt in after[m]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, nxt)
    # Migrations left over wait on each other in a cycle: no valid order.
    return order if len(order) == len(migrations) else []
