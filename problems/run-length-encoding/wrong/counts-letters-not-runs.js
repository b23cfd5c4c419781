// mistake: counts every occurrence of a letter in the whole string instead of each run
function compress(s) {
  const counts = new Map()
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1)
  return [...counts].map(([c, n]) => c + (n > 1 ? String(n) : '')).join('')
}
