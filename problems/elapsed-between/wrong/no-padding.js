// mistake: does not pad hours, minutes and seconds to two digits
function elapsed(start, end) {
  const seconds = (Date.parse(end) - Date.parse(start)) / 1000
  const sign = seconds < 0 ? '-' : ''
  let rest = Math.abs(seconds)
  const days = Math.floor(rest / 86400)
  rest %= 86400
  const two = (n) => String(n)
  const hms = `${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`
  return `${sign}${days ? `${days}d ` : ''}${hms}`
}
