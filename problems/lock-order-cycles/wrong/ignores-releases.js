// mistake: treats every lock a thread took as held until the end of its trace
function lockCycles(threads) {
  const edges = new Map()
  for (const trace of threads) {
    const held = []
    for (const op of trace) {
      const [action, lock] = op.split(' ')
      if (action === 'release') {
        // the lock stays in held
        continue
      }
      for (const h of held) {
        if (!edges.has(h)) edges.set(h, new Set())
        edges.get(h).add(lock)
      }
      held.push(lock)
    }
  }
  const onCycle = (start) => {
    const seen = new Set()
    const stack = [...(edges.get(start) ?? [])]
    while (stack.length) {
      const node = stack.pop()
      if (node === start) return true
      if (!seen.has(node)) {
        seen.add(node)
        stack.push(...(edges.get(node) ?? []))
      }
    }
    return false
  }
  return [...edges.keys()].filter(onCycle).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
