function fewestCancellations(bookings) {
  let kept = 0
  let lastEnd = null
  // Keeping the booking that frees the room earliest leaves the most room for the rest.
  for (const [start, end] of [...bookings].sort((a, b) => a[1] - b[1])) {
    if (lastEnd === null || start >= lastEnd) {
      kept++
      lastEnd = end
    }
  }
  return bookings.length - kept
}
