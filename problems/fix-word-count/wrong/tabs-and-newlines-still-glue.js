// mistake: half-fix: splits on " " and drops the empty strings, but a tab or newline still joins two words into one
function wordCount(text) {
  const counts = new Map()
  for (const word of text.toLowerCase().split(' ').filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return Object.fromEntries(counts)
}
