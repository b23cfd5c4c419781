// mistake: only checks that a character differs from its neighbours, not from the whole string
function firstUnique(s) {
  for (let i = 0; i < s.length; i++) {
    if ((i === 0 || s[i - 1] !== s[i]) && (i === s.length - 1 || s[i + 1] !== s[i])) return i
  }
  return -1
}
