// mistake: splits the path on / without dropping the empty segment a trailing slash leaves
function matchRoute(routes, path) {
  const parts = path.split('/').slice(1)
  // Compares two rank lists left to right: lower kinds (0 static, 1 param, 2 wildcard) win.
  const better = (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i]
    return a.length < b.length
  }
  let best = null
  let bestRank = null
  for (const route of routes) {
    const segs = route.split('/').filter(Boolean)
    const params = {}
    const rank = []
    let ok = true
    for (let i = 0; i < segs.length && ok; i++) {
      const seg = segs[i]
      if (i >= parts.length) ok = false
      else if (seg === '*') {
        params['*'] = parts.slice(i).join('/')
        rank.push(2)
        break
      } else if (seg.startsWith(':')) {
        params[seg.slice(1)] = parts[i]
        rank.push(1)
      } else if (seg === parts[i]) rank.push(0)
      else ok = false
    }
    if (ok && segs[segs.length - 1] !== '*' && segs.length !== parts.length) ok = false
    if (!ok) continue
    if (bestRank === null || better(rank, bestRank)) {
      best = { route, params }
      bestRank = rank
    }
  }
  return best
}
