// mistake: treats every link as usable in both directions
function fastestRoute(links, source, target) {
  const graph = new Map()
  const add = (a, b, ms) => {
    if (!graph.has(a)) graph.set(a, [])
    graph.get(a).push([b, ms])
  }
  for (const [a, b, ms] of links) {
    add(a, b, ms)
    add(b, a, ms)
  }
  const best = new Map([[source, 0]])
  const done = new Set()
  for (;;) {
    let node = null
    for (const [n, d] of best) if (!done.has(n) && (node === null || d < best.get(node))) node = n
    if (node === null) return -1
    if (node === target) return best.get(node)
    done.add(node)
    for (const [next, ms] of graph.get(node) ?? []) {
      if (best.get(node) + ms < (best.get(next) ?? Infinity)) best.set(next, best.get(node) + ms)
    }
  }
}
