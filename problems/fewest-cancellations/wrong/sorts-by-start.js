// mistake: sorts by start and keeps whatever starts first, so one long early booking blocks many short ones
function fewestCancellations(bookings) {
  let kept = 0
  let lastEnd = null
  for (const [start, end] of [...bookings].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    if (lastEnd === null || start >= lastEnd) {
      kept++
      lastEnd = end
    }
  }
  return bookings.length - kept
}
