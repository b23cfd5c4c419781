// mistake: converts to UTC by adding the offset instead of subtracting it
function toUtcSeconds(ts) {
  let seconds = Date.parse(`${ts.slice(0, 19)}Z`) / 1000
  if (ts.slice(19) !== 'Z') {
    const sign = ts[19] === '+' ? 1 : -1
    seconds += sign * (Number(ts.slice(20, 22)) * 3600 + Number(ts.slice(23, 25)) * 60)
  }
  return seconds
}

function elapsed(start, end) {
  const seconds = toUtcSeconds(end) - toUtcSeconds(start)
  const sign = seconds < 0 ? '-' : ''
  let rest = Math.abs(seconds)
  const days = Math.floor(rest / 86400)
  rest %= 86400
  const two = (n) => String(n).padStart(2, '0')
  return `${sign}${days ? `${days}d ` : ''}${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`
}
