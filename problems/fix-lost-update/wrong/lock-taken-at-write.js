// mistake: locks only around the write, after the value was already read, so updates are still lost
function simulate(increments, schedule) {
  let counter = 0
  let waits = 0
  let holder = null
  const local = increments.map(() => 0)
  const reading = increments.map(() => true)
  const done = increments.map(() => 0)
  for (const w of schedule) {
    if (done[w] === increments[w]) continue
    if (reading[w]) local[w] = counter
    else {
      if (holder !== null && holder !== w) {
        waits += 1
        continue
      }
      holder = w
      counter = local[w] + 1
      done[w] += 1
      holder = null
    }
    reading[w] = !reading[w]
  }
  return { counter, waits }
}
