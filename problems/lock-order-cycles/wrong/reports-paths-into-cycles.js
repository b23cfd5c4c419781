// mistake: reports every lock from which a cycle can be reached, not only the locks on the cycle
function lockCycles(threads) {
  const edges = new Map()
  for (const trace of threads) {
    const held = []
    for (const op of trace) {
      const [action, lock] = op.split(' ')
      if (action === 'release') {
        held.splice(held.indexOf(lock), 1)
        continue
      }
      for (const h of held) {
        if (!edges.has(h)) edges.set(h, new Set())
        edges.get(h).add(lock)
      }
      held.push(lock)
    }
  }
  const reachesCycle = (start) => {
    const path = []
    const seen = new Set()
    const dfs = (node) => {
      if (path.includes(node)) return true
      if (seen.has(node)) return false
      seen.add(node)
      path.push(node)
      const hit = [...(edges.get(node) ?? [])].some(dfs)
      path.pop()
      return hit
    }
    return dfs(start)
  }
  return [...edges.keys()].filter(reachesCycle).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
