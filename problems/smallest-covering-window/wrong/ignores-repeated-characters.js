// mistake: needs each distinct character of t once, ignoring how many times it appears in t
function minWindow(s, t) {
  if (!t) return ''
  const need = new Map()
  for (const c of new Set(t)) need.set(c, 1)
  let missing = need.size
  let best = ''
  let left = 0
  for (let right = 0; right < s.length; right++) {
    const c = s[right]
    if ((need.get(c) ?? 0) > 0) missing--
    need.set(c, (need.get(c) ?? 0) - 1)
    if (missing > 0) continue
    while (need.get(s[left]) < 0) {
      need.set(s[left], need.get(s[left]) + 1)
      left++
    }
    if (!best || right - left + 1 < best.length) best = s.slice(left, right + 1)
    need.set(s[left], need.get(s[left]) + 1)
    missing++
    left++
  }
  return best
}
