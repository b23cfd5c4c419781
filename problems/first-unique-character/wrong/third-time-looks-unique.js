// mistake: toggles a character in and out of a "seen once" set, so a character seen three times looks unique again
function firstUnique(s) {
  const once = new Set()
  for (const c of s) {
    if (once.has(c)) once.delete(c)
    else once.add(c)
  }
  for (let i = 0; i < s.length; i++) if (once.has(s[i])) return i
  return -1
}
