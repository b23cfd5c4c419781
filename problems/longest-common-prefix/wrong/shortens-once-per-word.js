// mistake: uses "if" where "while" is needed, so the candidate prefix is shortened by at most one character per word
function commonPrefix(words) {
  if (words.length === 0) return ''
  let prefix = words[0]
  for (const w of words.slice(1)) {
    if (!w.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  return prefix
}
