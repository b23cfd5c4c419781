import heapq


def fastest_route(links, source, target):
    graph = {}
    for a, b, ms in links:
        graph.setdefault(a, []).append((b, ms))
    best = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == target:
            return d
        if d > best[node]:
            continue  # a stale entry: node was already reached more cheaply
        for nxt, ms in graph.get(node, []):
            nd = d + ms
            if nd < best.get(nxt, float('inf')):
                best[nxt] = nd
                heapq.heappush(heap, (nd, nxt))
    return -1
