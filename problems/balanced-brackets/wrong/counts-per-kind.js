// mistake: keeps one counter per kind of bracket, so crossed pairs like "{(})" look balanced
function isBalanced(s) {
  const counts = { '(': 0, '[': 0, '{': 0 }
  const partner = { ')': '(', ']': '[', '}': '{' }
  for (const c of s) {
    if (c in counts) counts[c]++
    else if (c in partner) {
      counts[partner[c]]--
      if (counts[partner[c]] < 0) return false
    }
  }
  return Object.values(counts).every((v) => v === 0)
}
