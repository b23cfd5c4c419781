// mistake: splits on runs of whitespace, which still yields an empty first word when the text starts with a space
function wordCount(text) {
  const counts = new Map()
  if (text === '') return {}
  for (const word of text.toLowerCase().split(/\s+/)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return Object.fromEntries(counts)
}
