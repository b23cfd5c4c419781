# mistake: marks a service as done when it is first pushed, so a cheaper route found later is ignored
import heapq


def fastest_route(links, source, target):
    graph = {}
    for a, b, ms in links:
        graph.setdefault(a, []).append((b, ms))
    done = {source}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if node == target:
            return d
        for nxt, ms in graph.get(node, []):
            if nxt not in done:
                done.add(nxt)
                heapq.heappush(heap, (d + ms, nxt))
    return -1
