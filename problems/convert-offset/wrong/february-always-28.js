// mistake: carries days over by hand with fixed month lengths, so February always has 28 days
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function offsetMinutes(offset) {
  const sign = offset[0] === '-' ? -1 : 1
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
}

function convertTime(local, fromOffset, toOffset) {
  const [date, time] = local.split(' ')
  let [y, mo, d] = date.split('-').map(Number)
  const [h, m] = time.split(':').map(Number)
  let total = h * 60 + m + offsetMinutes(toOffset) - offsetMinutes(fromOffset)
  d += Math.floor(total / 1440)
  total = ((total % 1440) + 1440) % 1440
  if (d < 1) {
    mo -= 1
    if (mo < 1) {
      y -= 1
      mo = 12
    }
    d += DAYS[mo - 1]
  } else if (d > DAYS[mo - 1]) {
    d -= DAYS[mo - 1]
    mo += 1
    if (mo > 12) {
      y += 1
      mo = 1
    }
  }
  const two = (n) => String(n).padStart(2, '0')
  return `${y}-${two(mo)}-${two(d)} ${two(Math.floor(total / 60))}:${two(total % 60)}`
}
