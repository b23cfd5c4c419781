// mistake: lower-cases before counting, so "A" and "a" are taken for the same character
function firstUnique(s) {
  const t = s.toLowerCase()
  const counts = new Map()
  for (const c of t) counts.set(c, (counts.get(c) ?? 0) + 1)
  for (let i = 0; i < t.length; i++) if (counts.get(t[i]) === 1) return i
  return -1
}
