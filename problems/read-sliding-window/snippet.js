function busiestMinute(timestamps) {
  const window = []
  let head = 0 // window[head] is the oldest request still in the window
  let best = 0
  for (const t of timestamps) {
    window.push(t)
    while (window[head] <= t - 60) head++
    best = Math.max(best, window.length - head)
  }
  return best
}
