// mistake: orders words with equal counts by first appearance (most_common, a stable sort on count) instead of alphabetically
function topWords(text, k) {
  const counts = new Map()
  for (const w of text.toLowerCase().split(/\s+/).filter(Boolean)) counts.set(w, (counts.get(w) ?? 0) + 1)
  return [...counts.keys()]
    .sort((a, b) => counts.get(b) - counts.get(a))
    .slice(0, k)
}
