# mistake: treats every link as usable in both directions
import heapq


def fastest_route(links, source, target):
    graph = {}
    for a, b, ms in links:
        graph.setdefault(a, []).append((b, ms))
        graph.setdefault(b, []).append((a, ms))
    best = {source: 0}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == target:
            return d
        if d > best[node]:
            continue
        for nxt, ms in graph.get(node, []):
            if d + ms < best.get(nxt, float('inf')):
                best[nxt] = d + ms
                heapq.heappush(heap, (d + ms, nxt))
    return -1
