// mistake: lets a waiting worker skip its read, so at its next entry it writes a value it never read
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
        reading[w] = false
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
