// mistake: counts the letters both strings contain (a multiset intersection), ignoring their order
function lcsLength(a, b) {
  const left = new Map()
  for (const c of b) left.set(c, (left.get(c) ?? 0) + 1)
  let count = 0
  for (const c of a) {
    if (left.get(c) > 0) {
      left.set(c, left.get(c) - 1)
      count++
    }
  }
  return count
}
