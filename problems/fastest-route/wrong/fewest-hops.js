// mistake: searches breadth-first, so it returns the latency of the route with the fewest calls, not the fastest one
function fastestRoute(links, source, target) {
  const graph = new Map()
  for (const [a, b, ms] of links) {
    if (!graph.has(a)) graph.set(a, [])
    graph.get(a).push([b, ms])
  }
  const seen = new Map([[source, 0]])
  const queue = [source]
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]
    if (node === target) return seen.get(node)
    for (const [next, ms] of graph.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.set(next, seen.get(node) + ms)
        queue.push(next)
      }
    }
  }
  return -1
}
