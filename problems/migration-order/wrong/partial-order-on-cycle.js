// mistake: returns the migrations it managed to order even when a loop blocks the rest
function migrationOrder(migrations, requires) {
  const after = new Map(migrations.map((m) => [m, []]))
  const waiting = new Map(migrations.map((m) => [m, 0]))
  for (const [m, dep] of requires) {
    after.get(dep).push(m)
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
  return order
}
