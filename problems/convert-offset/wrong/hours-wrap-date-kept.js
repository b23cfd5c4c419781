// mistake: wraps the time around midnight but never changes the date
function offsetMinutes(offset) {
  const sign = offset[0] === '-' ? -1 : 1
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
}

function convertTime(local, fromOffset, toOffset) {
  const [date, time] = local.split(' ')
  const [h, m] = time.split(':').map(Number)
  const day = 24 * 60
  const total = (((h * 60 + m + offsetMinutes(toOffset) - offsetMinutes(fromOffset)) % day) + day) % day
  const two = (n) => String(n).padStart(2, '0')
  return `${date} ${two(Math.floor(total / 60))}:${two(total % 60)}`
}
