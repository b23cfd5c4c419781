# mistake: reports every lock from which a cycle can be reached, not only the locks on the cycle
def lock_cycles(threads):
    edges = {}
    for trace in threads:
        held = []
        for op in trace:
            action, lock = op.split(' ')
            if action == 'release':
                held.remove(lock)
                continue
            for h in held:
                edges.setdefault(h, set()).add(lock)
            held.append(lock)

    def reaches_cycle(start):
        path, seen = [], set()

        def dfs(node):
            if node in path:
                return True
            if node in seen:
                return False
            seen.add(node)
            path.append(node)
            hit = any(dfs(n) for n in edges.get(node, ()))
            path.pop()
            return hit

        return dfs(start)

    return sorted(lock for lock in edges if reaches_cycle(lock))
