// mistake: returns the number of letter changes instead of the number of words in the ladder
function ladderLength(begin, end, words) {
  const dict = new Set(words)
  if (!dict.has(end)) return 0
  let level = [begin]
  const seen = new Set([begin])
  for (let steps = 1; level.length; steps++) {
    const next = []
    for (const word of level) {
      if (word === end) return steps - 1
      for (let i = 0; i < word.length; i++) {
        for (const c of 'abcdefghijklmnopqrstuvwxyz') {
          const w = word.slice(0, i) + c + word.slice(i + 1)
          if (dict.has(w) && !seen.has(w)) {
            seen.add(w)
            next.push(w)
          }
        }
      }
    }
    level = next
  }
  return 0
}
