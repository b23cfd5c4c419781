// mistake: looks up the post the cursor names and starts after its index, so a deleted post sends the client back to the first page
const toHex = (text) => Array.from(text, (ch) => ch.charCodeAt(0).toString(16).padStart(2, '0')).join('')

function listPage(items, limit, cursor) {
  const ordered = [...items].sort((a, b) => b.created - a.created || b.id - a.id)
  let start = 0
  if (cursor !== null) {
    if (!/^(?:[0-9a-f]{2})*$/.test(cursor)) return null
    let text = ''
    for (let i = 0; i < cursor.length; i += 2) text += String.fromCharCode(parseInt(cursor.slice(i, i + 2), 16))
    const match = /^([0-9]{1,15}):([0-9]{1,15})$/.exec(text)
    if (!match) return null
    const id = Number(match[2])
    start = ordered.findIndex((it) => it.id === id) + 1
  }
  const page = ordered.slice(start, start + limit)
  const more = ordered.length > start + limit
  const last = page[page.length - 1]
  return { ids: page.map((it) => it.id), next: page.length && more ? toHex(`${last.created}:${last.id}`) : null }
}
