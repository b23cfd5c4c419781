// mistake: returns the first available type matched by the header's ranges in header order, ignoring the q weights
function negotiate(accept, available) {
  for (const part of (accept.trim() ? accept : '*/*').split(',')) {
    const fields = part.split(';').map((f) => f.trim())
    const range = fields[0].toLowerCase()
    if (!range) continue
    let q = 1
    for (const param of fields.slice(1)) {
      const [name, value] = param.split('=')
      if (name.trim().toLowerCase() === 'q') q = Number(value)
    }
    if (q === 0) continue
    for (const media of available) {
      const kind = media.split('/')[0]
      if ([media, `${kind}/*`, '*/*'].includes(range)) return media
    }
  }
  return null
}
