// mistake: splits a pair at every = and keeps the first two pieces, so "k=a=b" loses "=b"
function parseQuery(qs) {
  const decode = (s) => decodeURIComponent(s.replace(/\+/g, ' '))
  const result = new Map()
  for (const pair of qs.replace(/^\?/, '').split('&')) {
    if (!pair) continue
    const parts = pair.split('=')
    const key = decode(parts[0])
    const value = decode(parts[1] ?? '')
    if (!result.has(key)) result.set(key, [])
    result.get(key).push(value)
  }
  return Object.fromEntries(result)
}
