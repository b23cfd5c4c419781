// mistake: splits on "; " with the space, so cookies written without the space run together
function parseCookies(header) {
  const cookies = new Map()
  for (const piece of header.split('; ')) {
    const i = piece.indexOf('=')
    if (i === -1) continue
    const name = piece.slice(0, i).trim()
    let value = piece.slice(i + 1).trim()
    if (!name || cookies.has(name)) continue
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1)
    try {
      value = decodeURIComponent(value)
    } catch {
      // not valid percent-encoding: keep the value as written
    }
    cookies.set(name, value)
  }
  return Object.fromEntries(cookies)
}
