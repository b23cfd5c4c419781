// mistake: writes the whole duration as hours, never splitting off days
function elapsed(start, end) {
  const seconds = (Date.parse(end) - Date.parse(start)) / 1000
  const sign = seconds < 0 ? '-' : ''
  let rest = Math.abs(seconds)
  const days = 0
  const two = (n) => String(n).padStart(2, '0')
  const hms = `${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`
  return `${sign}${days ? `${days}d ` : ''}${hms}`
}
