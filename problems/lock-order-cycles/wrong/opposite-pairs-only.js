// mistake: only looks for two locks taken in opposite orders (or a lock taken twice), missing longer cycles
function lockCycles(threads) {
  const edges = new Set()
  for (const trace of threads) {
    const held = []
    for (const op of trace) {
      const [action, lock] = op.split(' ')
      if (action === 'release') {
        held.splice(held.indexOf(lock), 1)
        continue
      }
      for (const h of held) edges.add(`${h} ${lock}`)
      held.push(lock)
    }
  }
  const found = new Set()
  for (const e of edges) {
    const [x, y] = e.split(' ')
    if (edges.has(`${y} ${x}`)) found.add(x)
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
