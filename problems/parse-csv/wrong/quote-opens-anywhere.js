// mistake: treats every double quote outside quotes as opening a quoted part, even in the middle of a field
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let fresh = true // nothing of the current field has been read yet
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') {
      quoted = true
      fresh = false
    } else if (c === ',') {
      row.push(field)
      field = ''
      fresh = true
    } else if (c === '\n' || c === '\r') {
      if (c === '\r') i++ // the \n of \r\n
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      fresh = true
    } else {
      field += c
      fresh = false
    }
  }
  if (row.length || field || !fresh) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
