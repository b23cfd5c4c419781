// mistake: splits the text into lines before reading quotes, so a line break inside a quoted field starts a new record
function parseLine(line) {
  const fields = []
  let field = ''
  let quoted = false
  let fresh = true
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && fresh) {
      quoted = true
      fresh = false
    } else if (c === ',') {
      fields.push(field)
      field = ''
      fresh = true
    } else {
      field += c
      fresh = false
    }
  }
  fields.push(field)
  return fields
}

function parseCsv(text) {
  if (text === '') return []
  const lines = text.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines.map(parseLine)
}
