// mistake: sorts the query pairs as whole strings, reordering pairs that share a key
const DEFAULT_PORT = { http: '80', https: '443' }

function fixEscapes(text) {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex) => {
    const ch = String.fromCharCode(parseInt(hex, 16))
    return /^[A-Za-z0-9\-._~]$/.test(ch) ? ch : `%${hex.toUpperCase()}`
  })
}

function normalizeUrl(url) {
  url = url.split('#')[0]
  const i = url.indexOf('://')
  const scheme = url.slice(0, i).toLowerCase()
  let rest = url.slice(i + 3)
  const cut = rest.search(/[/?]/)
  const authority = cut === -1 ? rest : rest.slice(0, cut)
  rest = cut === -1 ? '' : rest.slice(cut)
  const q = rest.indexOf('?')
  const path = q === -1 ? rest : rest.slice(0, q)
  const query = q === -1 ? '' : rest.slice(q + 1)
  let [host, port] = authority.split(':')
  host = host.toLowerCase()
  if (port && port !== DEFAULT_PORT[scheme]) host += `:${port}`
  const key = (pair) => pair.split('=')[0]
  const pairs = query
    .split('&')
    .filter(Boolean)
    .map(fixEscapes)
    .sort()
  return `${scheme}://${host}${fixEscapes(path) || '/'}${pairs.length ? `?${pairs.join('&')}` : ''}`
}
