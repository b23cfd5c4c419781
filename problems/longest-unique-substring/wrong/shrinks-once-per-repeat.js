// mistake: on a repeat removes only the leftmost character (if instead of while), so the window can still hold the repeat
function longestUnique(s) {
  const window = new Set()
  let left = 0
  let best = 0
  for (let right = 0; right < s.length; right++) {
    if (window.has(s[right])) {
      window.delete(s[left])
      left++
    }
    window.add(s[right])
    best = Math.max(best, right - left + 1)
  }
  return best
}
