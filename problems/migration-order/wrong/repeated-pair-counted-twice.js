// mistake: stores the followers in a set but counts every listed pair, so a repeated pair leaves a migration waiting forever
function migrationOrder(migrations, requires) {
  const after = new Map(migrations.map((m) => [m, new Set()]))
  const waiting = new Map(migrations.map((m) => [m, 0]))
  for (const [m, dep] of requires) {
    after.get(dep).add(m)
    waiting.set(m, waiting.get(m) + 1)
  }
  const ready = migrations.filter((m) => waiting.get(m) === 0)
  const order = []
  while (ready.length) {
    ready.sort()
    const m = ready.shift()
    order.push(m)
    for (const next of after.get(m)) {
      waiting.set(next, waiting.get(next) - 1)
      if (waiting.get(next) === 0) ready.push(next)
    }
  }
  return order.length === migrations.length ? order : []
}
