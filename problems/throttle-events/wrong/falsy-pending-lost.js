// mistake: stores the pending value bare and tests it for truthiness, so a pending 0 or "" never runs
function throttle(events, interval) {
  const runs = []
  let windowEnd = null
  let pending = null
  const endWindowsUntil = (now) => {
    while (windowEnd !== null && windowEnd <= now) {
      if (!pending) windowEnd = null
      else {
        runs.push([windowEnd, pending])
        pending = null
        windowEnd += interval
      }
    }
  }
  for (const [time, value] of events) {
    endWindowsUntil(time)
    if (windowEnd === null) {
      runs.push([time, value])
      windowEnd = time + interval
    } else pending = value
  }
  endWindowsUntil(Infinity)
  return runs
}
