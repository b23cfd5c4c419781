// mistake: splits a negative duration with floor division, so minus half an hour comes out as -1d 23:30:00
function elapsed(start, end) {
  const seconds = (Date.parse(end) - Date.parse(start)) / 1000
  const sign = ''
  let rest = seconds
  const days = Math.floor(rest / 86400)
  rest -= days * 86400
  const two = (n) => String(n).padStart(2, '0')
  const hms = `${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`
  return `${sign}${days ? `${days}d ` : ''}${hms}`
}
