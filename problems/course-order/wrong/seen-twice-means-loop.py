# mistake: the DFS keeps one visited set and calls any second visit a loop, so two services sharing a dependency look cyclic
def can_finish(n, prereqs):
    needs = [[] for _ in range(n)]
    for a, b in prereqs:
        needs[a].append(b)
    visited = set()

    def ok(node):
        if node in visited:
            return False
        visited.add(node)
        return all(ok(m) for m in needs[node])

    for s in range(n):
        if s not in visited and not ok(s):
            return False
    return True
