// mistake: reads only the wall-clock part of each timestamp and ignores the offsets
function elapsed(start, end) {
  const seconds = (Date.parse(`${end.slice(0, 19)}Z`) - Date.parse(`${start.slice(0, 19)}Z`)) / 1000
  const sign = seconds < 0 ? '-' : ''
  let rest = Math.abs(seconds)
  const days = Math.floor(rest / 86400)
  rest %= 86400
  const two = (n) => String(n).padStart(2, '0')
  return `${sign}${days ? `${days}d ` : ''}${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`
}
