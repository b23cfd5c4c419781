# mistake: looks for cycles in each thread's own graph, missing the deadlocks that need two threads
def lock_cycles(threads):
    found = set()
    for trace in threads:
        edges, held = {}, []
        for op in trace:
            action, lock = op.split(' ')
            if action == 'release':
                held.remove(lock)
                continue
            for h in held:
                edges.setdefault(h, set()).add(lock)
            held.append(lock)
        for start in edges:
            seen, stack = set(), list(edges[start])
            while stack:
                node = stack.pop()
                if node == start:
                    found.add(start)
                    break
                if node not in seen:
                    seen.add(node)
                    stack.extend(edges.get(node, ()))
    return sorted(found)
