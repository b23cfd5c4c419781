// mistake: decodes and splits the cursor without checking it, so a forged cursor crashes the handler or yields a page instead of a 400
const toHex = (text) => Array.from(text, (ch) => ch.charCodeAt(0).toString(16).padStart(2, '0')).join('')

function listPage(items, limit, cursor) {
  let ordered = [...items].sort((a, b) => b.created - a.created || b.id - a.id)
  if (cursor !== null) {
    let text = ''
    for (let i = 0; i < cursor.length; i += 2) text += String.fromCharCode(parseInt(cursor.slice(i, i + 2), 16))
    const [created, id] = text.split(':').map(Number)
    ordered = ordered.filter((it) => it.created < created || (it.created === created && it.id < id))
  }
  const page = ordered.slice(0, limit)
  const more = ordered.length > limit
  const last = page[page.length - 1]
  return { ids: page.map((it) => it.id), next: page.length && more ? toHex(`${last.created}:${last.id}`) : null }
}
