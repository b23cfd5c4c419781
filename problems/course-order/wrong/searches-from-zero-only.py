# mistake: runs the loop search only from service 0, so a loop among services 0 cannot reach goes unnoticed
def can_finish(n, prereqs):
    needs = [[] for _ in range(n)]
    for a, b in prereqs:
        needs[a].append(b)
    state = [0] * n  # 0 new, 1 on the current path, 2 done

    def ok(node):
        if state[node] == 1:
            return False
        if state[node] == 2:
            return True
        state[node] = 1
        if not all(ok(m) for m in needs[node]):
            return False
        state[node] = 2
        return True

    return ok(0)
