# mistake: a first-in first-out queue sorted only at the start, so a migration that becomes ready later can run before a smaller one
from collections import deque


def migration_order(migrations, requires):
    after = {m: [] for m in migrations}
    waiting = {m: 0 for m in migrations}
    for m, dep in requires:
        after[dep].append(m)
        waiting[m] += 1
    queue = deque(sorted(m for m in migrations if waiting[m] == 0))
    order = []
    while queue:
        m = queue.popleft()
        order.append(m)
        for nxt in after[m]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                queue.append(nxt)
    return order if len(order) == len(migrations) else []
