// mistake: moves left to last[c] + 1 even when that occurrence is already outside the window, so left can move backwards
function longestUnique(s) {
  const last = new Map()
  let left = 0
  let best = 0
  for (let right = 0; right < s.length; right++) {
    const c = s[right]
    if (last.has(c)) left = last.get(c) + 1
    last.set(c, right)
    best = Math.max(best, right - left + 1)
  }
  return best
}
