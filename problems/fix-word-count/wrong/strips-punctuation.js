// mistake: strips punctuation from the words, which the statement does not ask for ("ok," and "ok" are different words)
function wordCount(text) {
  const counts = new Map()
  for (let word of text.toLowerCase().split(/\s+/)) {
    word = word.replace(/^[^\w]+|[^\w]+$/g, '')
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  return Object.fromEntries(counts)
}
