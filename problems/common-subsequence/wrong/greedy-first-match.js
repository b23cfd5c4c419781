// mistake: matches each character of a to its first occurrence in b after the last match, greedily
function lcsLength(a, b) {
  let count = 0
  let pos = 0
  for (const x of a) {
    const k = b.indexOf(x, pos)
    if (k !== -1) {
      count++
      pos = k + 1
    }
  }
  return count
}
