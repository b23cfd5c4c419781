// mistake: has no timer: runs a pending value only when the next event arrives, at that event's time (or at the last event's time at the end)
function throttle(events, interval) {
  const runs = []
  let lastRun = null
  let pending = null
  for (const [time, value] of events) {
    if (lastRun === null || time - lastRun >= interval) {
      if (pending !== null) {
        runs.push([time, pending.value])
        pending = { value }
        lastRun = time
        continue
      }
      runs.push([time, value])
      lastRun = time
    } else pending = { value }
  }
  if (pending !== null) runs.push([Math.max(lastRun + interval, events[events.length - 1][0]), pending.value])
  return runs
}
