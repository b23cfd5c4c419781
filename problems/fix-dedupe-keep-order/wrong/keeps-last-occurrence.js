// mistake: keeps each item where it last appears (dedupes the reversed list), not where it first appears
function dedupe(items) {
  const seen = new Set()
  const out = []
  for (let i = items.length - 1; i >= 0; i--) {
    if (!seen.has(items[i])) {
      seen.add(items[i])
      out.push(items[i])
    }
  }
  return out.reverse()
}
