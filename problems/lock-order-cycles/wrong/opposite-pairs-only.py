# mistake: only looks for two locks taken in opposite orders (or a lock taken twice), missing longer cycles
def lock_cycles(threads):
    edges = set()
    for trace in threads:
        held = []
        for op in trace:
            action, lock = op.split(' ')
            if action == 'release':
                held.remove(lock)
                continue
            for h in held:
                edges.add((h, lock))
            held.append(lock)
    return sorted({x for x, y in edges if (y, x) in edges})
