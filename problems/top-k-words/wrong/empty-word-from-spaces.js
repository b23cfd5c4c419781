// mistake: splits on a single space, so leading, repeated or trailing spaces count an empty word "" and tabs or newlines glue words together
function topWords(text, k) {
  const counts = new Map()
  for (const w of text.toLowerCase().split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1)
  return [...counts.keys()]
    .sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, k)
}
