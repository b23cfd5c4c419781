// mistake: counts the pairs of bookings that conflict, not the bookings to cancel
function fewestCancellations(bookings) {
  let pairs = 0
  for (let i = 0; i < bookings.length; i++) {
    for (let j = i + 1; j < bookings.length; j++) {
      const [a, b] = [bookings[i], bookings[j]]
      if (a[0] < b[1] && b[0] < a[1]) pairs++
    }
  }
  return pairs
}
