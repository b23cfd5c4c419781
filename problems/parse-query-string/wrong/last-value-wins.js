// mistake: stores only the last value of a repeated key
function parseQuery(qs) {
  const decode = (s) => decodeURIComponent(s.replace(/\+/g, ' '))
  const result = new Map()
  for (const pair of qs.replace(/^\?/, '').split('&')) {
    if (!pair) continue
    const i = pair.indexOf('=')
    const key = decode(i === -1 ? pair : pair.slice(0, i))
    const value = i === -1 ? '' : decode(pair.slice(i + 1))
    result.set(key, [value])
  }
  return Object.fromEntries(result)
}
