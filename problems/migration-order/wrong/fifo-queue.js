// mistake: a first-in first-out queue sorted only at the start, so a migration that becomes ready later can run before a smaller one
function migrationOrder(migrations, requires) {
  const after = new Map(migrations.map((m) => [m, []]))
  const waiting = new Map(migrations.map((m) => [m, 0]))
  for (const [m, dep] of requires) {
    after.get(dep).push(m)
    waiting.set(m, waiting.get(m) + 1)
  }
  const queue = migrations.filter((m) => waiting.get(m) === 0).sort()
  const order = []
  for (let i = 0; i < queue.length; i++) {
    const m = queue[i]
    order.push(m)
    for (const next of after.get(m)) {
      waiting.set(next, waiting.get(next) - 1)
      if (waiting.get(next) === 0) queue.push(next)
    }
  }
  return order.length === migrations.length ? order : []
}
