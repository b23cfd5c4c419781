// mistake: keeps the item at the cursor's position, so it appears again at the top of the next page
const POSITION = /^([0-9]{1,15}):([0-9]{1,15})$/

const encode = (item) =>
  Array.from(`${item.created}:${item.id}`, (ch) => ch.charCodeAt(0).toString(16).padStart(2, '0')).join('')

// The [created, id] of a cursor, or null when it is not one we could have made.
function decode(cursor) {
  if (!/^(?:[0-9a-f]{2})*$/.test(cursor)) return null
  let text = ''
  for (let i = 0; i < cursor.length; i += 2) text += String.fromCharCode(parseInt(cursor.slice(i, i + 2), 16))
  const match = POSITION.exec(text)
  return match ? [Number(match[1]), Number(match[2])] : null
}

function listPage(items, limit, cursor) {
  let ordered = [...items].sort((a, b) => b.created - a.created || b.id - a.id)
  if (cursor !== null) {
    const position = decode(cursor)
    if (position === null) return null
    const [created, id] = position
    ordered = ordered.filter((it) => it.created < created || (it.created === created && it.id <= id))
  }
  const page = ordered.slice(0, limit)
  const more = ordered.length > limit
  return { ids: page.map((it) => it.id), next: page.length && more ? encode(page[page.length - 1]) : null }
}
