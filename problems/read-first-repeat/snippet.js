function firstRepeat(words) {
  const seen = new Map()
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (seen.get(word)) return word
    seen.set(word, i)
  }
  return null
}
