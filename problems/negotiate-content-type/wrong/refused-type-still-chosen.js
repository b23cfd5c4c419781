// mistake: starts the best weight below zero, so a type the client refused with q=0 can still be chosen
function negotiate(accept, available) {
  const ranges = new Map()
  for (const part of (accept.trim() ? accept : '*/*').split(',')) {
    const fields = part.split(';').map((f) => f.trim())
    if (!fields[0]) continue
    let q = 1
    for (const param of fields.slice(1)) {
      const i = param.indexOf('=')
      const name = (i === -1 ? param : param.slice(0, i)).trim().toLowerCase()
      if (name === 'q') q = Number(param.slice(i + 1).trim())
    }
    ranges.set(fields[0].toLowerCase(), q)
  }
  let best = null
  let bestQ = -1
  for (const media of available) {
    const kind = media.split('/')[0]
    for (const candidate of [media, `${kind}/*`, '*/*']) {
      if (ranges.has(candidate)) {
        const q = ranges.get(candidate)
        if (q > bestQ) {
          best = media
          bestQ = q
        }
        break
      }
    }
  }
  return best
}
