function simulate(increments, schedule) {
  let counter = 0
  const local = increments.map(() => 0)
  const reading = increments.map(() => true) // true: the next step is a read
  const done = increments.map(() => 0)
  for (const w of schedule) {
    if (done[w] === increments[w]) continue
    if (reading[w]) local[w] = counter
    else {
      counter = local[w] + 1
      done[w] += 1
    }
    reading[w] = !reading[w]
  }
  return { counter, waits: 0 }
}
