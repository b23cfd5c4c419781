from collections import deque


def can_finish(n, prereqs):
    after = [[] for _ in range(n)]
    needs = [0] * n
    for a, b in prereqs:
        after[b].append(a)
        needs[a] += 1
    ready = deque(i for i in range(n) if needs[i] == 0)
    taken = 0
    while ready:
        course = ready.popleft()
        taken += 1
        for nxt in after[course]:
            needs[nxt] -= 1
            if needs[nxt] == 0:
                ready.append(nxt)
    return taken == n
