// mistake: returns the character itself instead of its position
function firstUnique(s) {
  const counts = new Map()
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1)
  for (const c of s) if (counts.get(c) === 1) return c
  return -1
}
