// mistake: keys by the 26 letter counts joined without a separator, so counts 1, 11 and 11, 1 give the same key
function groupAnagrams(words) {
  const groups = new Map()
  for (const w of words) {
    const counts = new Array(26).fill(0)
    for (const c of w) counts[c.charCodeAt(0) - 97]++
    const key = counts.join('')
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(w)
  }
  return [...groups.values()]
}
