// mistake: always follows the cheapest outgoing link (greedy), which can walk into a dead end or a slow route
function fastestRoute(links, source, target) {
  const graph = new Map()
  for (const [a, b, ms] of links) {
    if (!graph.has(a)) graph.set(a, [])
    graph.get(a).push([b, ms])
  }
  let node = source
  let total = 0
  const seen = new Set([source])
  while (node !== target) {
    const options = (graph.get(node) ?? []).filter(([next]) => !seen.has(next))
    if (!options.length) return -1
    options.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1))
    node = options[0][0]
    seen.add(node)
    total += options[0][1]
  }
  return total
}
