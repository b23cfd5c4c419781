// mistake: on a repeat, restarts the window at the repeated character, dropping characters that could have stayed
function longestUnique(s) {
  let window = new Set()
  let left = 0
  let best = 0
  for (let right = 0; right < s.length; right++) {
    if (window.has(s[right])) {
      window = new Set()
      left = right
    }
    window.add(s[right])
    best = Math.max(best, right - left + 1)
  }
  return best
}
