# mistake: treats every lock a thread took as held until the end of its trace
def lock_cycles(threads):
    edges = {}
    for trace in threads:
        held = []
        for op in trace:
            action, lock = op.split(' ')
            if action == 'release':
                pass
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
