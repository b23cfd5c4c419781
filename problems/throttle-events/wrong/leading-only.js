// mistake: never runs the pending value at the end of a window: only leading runs happen
function throttle(events, interval) {
  const runs = []
  let windowEnd = null // null when no window is open
  let pending = null // { value } when a value waits for the end of the window
  const endWindowsUntil = (now) => {
    while (windowEnd !== null && windowEnd <= now) {
      if (true) windowEnd = null
      else {
        runs.push([windowEnd, pending.value])
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
    } else pending = { value }
  }
  endWindowsUntil(Infinity)
  return runs
}
