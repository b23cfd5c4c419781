// mistake: splits into lines and then at commas, ignoring quotes entirely
function parseCsv(text) {
  if (text === '') return []
  const lines = text.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines.map((line) => line.split(','))
}
