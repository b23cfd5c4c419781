function simulate(increments, schedule) {
  let counter = 0
  let waits = 0
  let holder = null // the worker holding the lock
  const local = increments.map(() => 0)
  const reading = increments.map(() => true) // true: the next step is a read
  const done = increments.map(() => 0)
  for (const w of schedule) {
    if (done[w] === increments[w]) continue
    if (reading[w]) {
      if (holder !== null && holder !== w) {
        waits += 1
        continue
      }
      holder = w
      local[w] = counter
    } else {
      counter = local[w] + 1
      done[w] += 1
      holder = null
    }
    reading[w] = !reading[w]
  }
  return { counter, waits }
}
