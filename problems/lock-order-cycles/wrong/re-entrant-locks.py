# mistake: assumes locks are re-entrant, so taking a held lock again adds no edge
def lock_cycles(threads):
    edges = {}
    for trace in threads:
        held = []
        for op in trace:
            action, lock = op.split(' ')
            if action == 'release':
                held.remove(lock)
                continue
            if lock in held:
                continue
            for h in held:
                edges.setdefault(h, set()).add(lock)
            held.append(lock)

    def on_cycle(start):
        seen, stack = set(), list(edges.get(start, ()))
        while stack:
            node = stack.pop()
            if node == start:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(edges.get(node, ()))
        return False

    return sorted(lock for lock in edges if on_cycle(lock))
