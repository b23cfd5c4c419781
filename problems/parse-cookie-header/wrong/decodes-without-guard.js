// mistake: decodes every value without checking it is valid percent-encoding (Python replaces bad bytes, JavaScript throws)
function parseCookies(header) {
  const cookies = new Map()
  for (const piece of header.split(';')) {
    const i = piece.indexOf('=')
    if (i === -1) continue
    const name = piece.slice(0, i).trim()
    let value = piece.slice(i + 1).trim()
    if (!name || cookies.has(name)) continue
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1)
    value = decodeURIComponent(value)
    cookies.set(name, value)
  }
  return Object.fromEntries(cookies)
}
