// mistake: records the run at the time of the last event instead of when the timer runs out
function debounce(events, wait) {
  const calls = []
  let pending = null // [time the timer runs out, value]
  for (const [time, value] of events) {
    if (pending !== null && pending[0] + wait <= time) calls.push(pending)
    pending = [time, value]
  }
  if (pending !== null) calls.push(pending)
  return calls
}
