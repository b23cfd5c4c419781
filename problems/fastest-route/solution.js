function fastestRoute(links, source, target) {
  const graph = new Map()
  for (const [a, b, ms] of links) {
    if (!graph.has(a)) graph.set(a, [])
    graph.get(a).push([b, ms])
  }
  // A small binary min-heap of [distance, node].
  const heap = []
  const push = (item) => {
    heap.push(item)
    let i = heap.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (heap[p][0] <= heap[i][0]) break
      ;[heap[p], heap[i]] = [heap[i], heap[p]]
      i = p
    }
  }
  const pop = () => {
    const top = heap[0]
    const last = heap.pop()
    if (heap.length) {
      heap[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r
        if (m === i) break
        ;[heap[m], heap[i]] = [heap[i], heap[m]]
        i = m
      }
    }
    return top
  }
  const best = new Map([[source, 0]])
  push([0, source])
  while (heap.length) {
    const [d, node] = pop()
    if (node === target) return d
    if (d > best.get(node)) continue // a stale entry: node was already reached more cheaply
    for (const [next, ms] of graph.get(node) ?? []) {
      const nd = d + ms
      if (nd < (best.get(next) ?? Infinity)) {
        best.set(next, nd)
        push([nd, next])
      }
    }
  }
  return -1
}
