function migrationOrder(migrations, requires) {
  const after = new Map(migrations.map((m) => [m, []])) // dep -> migrations waiting for it
  const waiting = new Map(migrations.map((m) => [m, 0])) // how many requirements are still unmet
  for (const [m, dep] of requires) {
    after.get(dep).push(m)
    waiting.set(m, waiting.get(m) + 1)
  }
  // Ready migrations kept sorted; insert by binary search (no built-in heap in JavaScript).
  const ready = migrations.filter((m) => waiting.get(m) === 0).sort()
  const insert = (name) => {
    let lo = 0
    let hi = ready.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ready[mid] < name) lo = mid + 1
      else hi = mid
    }
    ready.splice(lo, 0, name)
  }
  const order = []
  while (ready.length) {
    const m = ready.shift() // the alphabetically smallest ready migration
    order.push(m)
    for (const next of after.get(m)) {
      waiting.set(next, waiting.get(next) - 1)
      if (waiting.get(next) === 0) insert(next)
    }
  }
  // Migrations left over wait on each other in a cycle: no valid order.
  return order.length === migrations.length ? order : []
}
