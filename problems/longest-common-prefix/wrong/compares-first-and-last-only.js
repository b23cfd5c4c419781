// mistake: compares only the first and the last word (a trick that works only after sorting the list), ignoring the words between
function commonPrefix(words) {
  if (words.length === 0) return ''
  const a = words[0]
  const b = words[words.length - 1]
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return a.slice(0, i)
}
