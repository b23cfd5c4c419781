// mistake: collects every column where all words agree instead of stopping at the first column where they differ
function commonPrefix(words) {
  if (words.length === 0) return ''
  const shortest = Math.min(...words.map((w) => w.length))
  let out = ''
  for (let i = 0; i < shortest; i++) {
    if (words.every((w) => w[i] === words[0][i])) out += words[0][i]
  }
  return out
}
