// mistake: writes a run only when the character changes, so the run still open at the end is never written
function compress(s) {
  const out = []
  let count = 1
  for (let i = 1; i < s.length; i++) {
    if (s[i] === s[i - 1]) count++
    else {
      out.push(s[i - 1] + (count > 1 ? String(count) : ''))
      count = 1
    }
  }
  return out.join('')
}
