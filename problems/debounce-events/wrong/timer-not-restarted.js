// mistake: starts the timer at the first event of a burst and never restarts it, so a run happens wait ms after the burst began
function debounce(events, wait) {
  const calls = []
  let pending = null
  for (const [time, value] of events) {
    if (pending !== null && pending[0] <= time) {
      calls.push(pending)
      pending = null
    }
    if (pending === null) pending = [time + wait, value]
    else pending[1] = value
  }
  if (pending !== null) calls.push(pending)
  return calls
}
