// mistake: writes the count after every run, 1 included
function compress(s) {
  const out = []
  let i = 0
  while (i < s.length) {
    let j = i
    while (j < s.length && s[j] === s[i]) j++
    out.push(s[i] + String(j - i))
    i = j
  }
  return out.join('')
}
