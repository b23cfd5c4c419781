// mistake: measures the window [left, right] as right - left, one less than its length
function longestUnique(s) {
  const last = new Map()
  let left = 0
  let best = 0
  for (let right = 0; right < s.length; right++) {
    const c = s[right]
    if (last.has(c) && last.get(c) >= left) left = last.get(c) + 1
    last.set(c, right)
    best = Math.max(best, right - left)
  }
  return best
}
