// mistake: keys each word by the sum of its character codes, which different letters can share ("ad" and "bc")
function groupAnagrams(words) {
  const groups = new Map()
  for (const w of words) {
    let key = 0
    for (const c of w) key += c.charCodeAt(0)
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(w)
  }
  return [...groups.values()]
}
