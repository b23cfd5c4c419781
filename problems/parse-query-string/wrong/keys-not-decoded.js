// mistake: percent-decodes values but not keys
function parseQuery(qs) {
  const decode = (s) => decodeURIComponent(s.replace(/\+/g, ' '))
  const result = new Map()
  for (const pair of qs.replace(/^\?/, '').split('&')) {
    if (!pair) continue
    const i = pair.indexOf('=')
    const key = i === -1 ? pair : pair.slice(0, i)
    const value = i === -1 ? '' : decode(pair.slice(i + 1))
    if (!result.has(key)) result.set(key, [])
    result.get(key).push(value)
  }
  return Object.fromEntries(result)
}
