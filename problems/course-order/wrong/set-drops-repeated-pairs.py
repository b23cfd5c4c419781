# mistake: keeps dependents in a set but counts every pair, so a requirement listed twice is only released once
def can_finish(n, prereqs):
    after = [set() for _ in range(n)]
    needs = [0] * n
    for a, b in prereqs:
        after[b].add(a)
        needs[a] += 1
    ready = [i for i in range(n) if needs[i] == 0]
    started = 0
    while ready:
        s = ready.pop()
        started += 1
        for nxt in after[s]:
            needs[nxt] -= 1
            if needs[nxt] == 0:
                ready.append(nxt)
    return started == n
