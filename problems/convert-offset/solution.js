function offsetMinutes(offset) {
  const sign = offset[0] === '-' ? -1 : 1
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
}

function convertTime(local, fromOffset, toOffset) {
  const [date, time] = local.split(' ')
  const [y, mo, d] = date.split('-').map(Number)
  const [h, mi] = time.split(':').map(Number)
  // Wall-clock arithmetic in UTC, so the machine's own time zone never interferes.
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi + offsetMinutes(toOffset) - offsetMinutes(fromOffset)))
  const two = (n) => String(n).padStart(2, '0')
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`
}
