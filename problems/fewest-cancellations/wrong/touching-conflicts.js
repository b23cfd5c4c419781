// mistake: treats a booking that starts exactly when the previous one ends as a conflict
function fewestCancellations(bookings) {
  let kept = 0
  let lastEnd = null
  for (const [start, end] of [...bookings].sort((a, b) => a[1] - b[1])) {
    if (lastEnd === null || start > lastEnd) {
      kept++
      lastEnd = end
    }
  }
  return bookings.length - kept
}
