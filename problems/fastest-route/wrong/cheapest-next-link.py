# mistake: always follows the cheapest outgoing link (greedy), which can walk into a dead end or a slow route
def fastest_route(links, source, target):
    graph = {}
    for a, b, ms in links:
        graph.setdefault(a, []).append((b, ms))
    node, total, seen = source, 0, {source}
    while node != target:
        options = [(ms, nxt) for nxt, ms in graph.get(node, []) if nxt not in seen]
        if not options:
            return -1
        ms, node = min(options)
        seen.add(node)
        total += ms
    return total
