// mistake: marks a service as done when it is first pushed, so a cheaper route found later is ignored
function fastestRoute(links, source, target) {
  const graph = new Map()
  for (const [a, b, ms] of links) {
    if (!graph.has(a)) graph.set(a, [])
    graph.get(a).push([b, ms])
  }
  const done = new Set([source])
  const queue = [[0, source]]
  while (queue.length) {
    queue.sort((x, y) => x[0] - y[0])
    const [d, node] = queue.shift()
    if (node === target) return d
    for (const [next, ms] of graph.get(node) ?? []) {
      if (!done.has(next)) {
        done.add(next)
        queue.push([d + ms, next])
      }
    }
  }
  return -1
}
