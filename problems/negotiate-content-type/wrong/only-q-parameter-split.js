// mistake: splits each range only at ";q=", so a range with any other parameter (charset, level) never matches
function negotiate(accept, available) {
  const ranges = new Map()
  for (const part of (accept.trim() ? accept : '*/*').split(',')) {
    const [range, q] = part.trim().split(';q=')
    ranges.set(range.trim().toLowerCase(), q === undefined ? 1 : Number(q))
  }
  let best = null
  let bestQ = 0
  for (const media of available) {
    const kind = media.split('/')[0]
    for (const candidate of [media, `${kind}/*`, '*/*']) {
      if (ranges.has(candidate)) {
        if (ranges.get(candidate) > bestQ) {
          best = media
          bestQ = ranges.get(candidate)
        }
        break
      }
    }
  }
  return best
}
