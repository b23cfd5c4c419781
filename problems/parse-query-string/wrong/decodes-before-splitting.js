// mistake: percent-decodes the whole string first, so an encoded & or = in a value splits it
function parseQuery(qs) {
  const decode = (s) => decodeURIComponent(s.replace(/\+/g, ' '))
  const result = new Map()
  for (const pair of decode(qs.replace(/^\?/, '')).split('&')) {
    if (!pair) continue
    const i = pair.indexOf('=')
    const key = i === -1 ? pair : pair.slice(0, i)
    const value = i === -1 ? '' : pair.slice(i + 1)
    if (!result.has(key)) result.set(key, [])
    result.get(key).push(value)
  }
  return Object.fromEntries(result)
}
