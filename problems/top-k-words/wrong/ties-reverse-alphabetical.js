// mistake: sorts by (count, word) in reverse, which puts tied words in reverse alphabetical order
function topWords(text, k) {
  const counts = new Map()
  for (const w of text.toLowerCase().split(/\s+/).filter(Boolean)) counts.set(w, (counts.get(w) ?? 0) + 1)
  return [...counts.keys()]
    .sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? 1 : a > b ? -1 : 0))
    .slice(0, k)
}
