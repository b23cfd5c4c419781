# mistake: a depth-first post-order from each name in sorted order: valid, but not "smallest ready first"
def migration_order(migrations, requires):
    needs = {m: [] for m in migrations}
    for m, dep in requires:
        needs[m].append(dep)
    state, order = {}, []

    def visit(m):
        if state.get(m) == 'done':
            return True
        if state.get(m) == 'active':
            return False
        state[m] = 'active'
        for dep in sorted(needs[m]):
            if not visit(dep):
                return False
        state[m] = 'done'
        order.append(m)
        return True

    for m in sorted(migrations):
        if not visit(m):
            return []
    return order
