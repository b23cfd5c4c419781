// mistake: restarts the timer but runs with the first value of the burst instead of the latest
function debounce(events, wait) {
  const calls = []
  let pending = null
  for (const [time, value] of events) {
    if (pending !== null && pending[0] <= time) {
      calls.push(pending)
      pending = null
    }
    if (pending === null) pending = [time + wait, value]
    else pending[0] = time + wait
  }
  if (pending !== null) calls.push(pending)
  return calls
}
