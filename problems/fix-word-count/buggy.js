function wordCount(text) {
  const counts = {}
  for (const word of text.split(' ')) counts[word]++
  return counts
}
