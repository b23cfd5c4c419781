// mistake: only flushes a pending run when a later event arrives, so the final run never happens
function debounce(events, wait) {
  const calls = []
  let pending = null // [time the timer runs out, value]
  for (const [time, value] of events) {
    if (pending !== null && pending[0] <= time) calls.push(pending)
    pending = [time + wait, value]
  }
  return calls
}
