// mistake: keys each word by its set of letters, so words with the same letters in different amounts ("aab", "abb") are grouped
function groupAnagrams(words) {
  const groups = new Map()
  for (const w of words) {
    const key = [...new Set(w)].sort().join('')
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(w)
  }
  return [...groups.values()]
}
