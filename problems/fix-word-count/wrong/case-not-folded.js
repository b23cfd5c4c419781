// mistake: fixes the splitting and the missing key but never lower-cases, so "The" and "the" are counted apart
function wordCount(text) {
  const counts = new Map()
  for (const word of text.split(/\s+/).filter(Boolean)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return Object.fromEntries(counts)
}
