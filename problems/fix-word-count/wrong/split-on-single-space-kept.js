// mistake: half-fix: counts with a Map, but still splits on " ", so repeated or leading spaces give "" words and newlines glue words
function wordCount(text) {
  const counts = new Map()
  for (const word of text.toLowerCase().split(' ')) counts.set(word, (counts.get(word) ?? 0) + 1)
  return Object.fromEntries(counts)
}
