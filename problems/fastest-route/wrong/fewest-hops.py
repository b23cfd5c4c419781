# mistake: searches breadth-first, so it returns the latency of the route with the fewest calls, not the fastest one
from collections import deque


def fastest_route(links, source, target):
    graph = {}
    for a, b, ms in links:
        graph.setdefault(a, []).append((b, ms))
    seen = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        if node == target:
            return seen[node]
        for nxt, ms in graph.get(node, []):
            if nxt not in seen:
                seen[nxt] = seen[node] + ms
                queue.append(nxt)
    return -1
