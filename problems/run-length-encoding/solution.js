function compress(s) {
  const out = []
  let i = 0
  while (i < s.length) {
    let j = i
    while (j < s.length && s[j] === s[i]) j++
    out.push(s[i] + (j - i > 1 ? String(j - i) : ''))
    i = j
  }
  return out.join('')
}
