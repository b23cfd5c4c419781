// mistake: compares characters ignoring case, though they are case-sensitive
function minWindow(s, t) {
  if (!t) return ''
  s = s.toLowerCase()
  t = t.toLowerCase()
  const need = new Map()
  for (const c of t) need.set(c, (need.get(c) ?? 0) + 1)
  let missing = t.length
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
