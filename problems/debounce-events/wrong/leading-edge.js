// mistake: runs the handler at the first event of each burst (leading edge) instead of when the user stops
function debounce(events, wait) {
  const calls = []
  let last = null
  for (const [time, value] of events) {
    if (last === null || time - last >= wait) calls.push([time, value])
    last = time
  }
  return calls
}
