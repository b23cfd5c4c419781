// mistake: a depth-first post-order from each name in sorted order: valid, but not "smallest ready first"
function migrationOrder(migrations, requires) {
  const needs = new Map(migrations.map((m) => [m, []]))
  for (const [m, dep] of requires) needs.get(m).push(dep)
  const state = new Map()
  const order = []
  const visit = (m) => {
    if (state.get(m) === 'done') return true
    if (state.get(m) === 'active') return false
    state.set(m, 'active')
    for (const dep of [...needs.get(m)].sort()) if (!visit(dep)) return false
    state.set(m, 'done')
    order.push(m)
    return true
  }
  for (const m of [...migrations].sort()) if (!visit(m)) return []
  return order
}
