// mistake: compares each booking with the one just before it in end order, even when that one was cancelled
function fewestCancellations(bookings) {
  const ordered = [...bookings].sort((a, b) => a[1] - b[1])
  let cancelled = 0
  for (let i = 1; i < ordered.length; i++) if (ordered[i][0] < ordered[i - 1][1]) cancelled++
  return cancelled
}
