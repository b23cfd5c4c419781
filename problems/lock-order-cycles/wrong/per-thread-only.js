// mistake: looks for cycles in each thread's own graph, missing the deadlocks that need two threads
function lockCycles(threads) {
  const found = new Set()
  for (const trace of threads) {
    const edges = new Map()
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
    for (const start of edges.keys()) {
      const seen = new Set()
      const stack = [...edges.get(start)]
      while (stack.length) {
        const node = stack.pop()
        if (node === start) {
          found.add(start)
          break
        }
        if (!seen.has(node)) {
          seen.add(node)
          stack.push(...(edges.get(node) ?? []))
        }
      }
    }
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
