// mistake: matches each value of a with one unused copy in b, so a value repeated in both lists is returned as often as it repeats
function commonValues(a, b) {
  const left = new Map()
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1)
  const out = []
  for (const x of a) {
    if (left.get(x) > 0) {
      left.set(x, left.get(x) - 1)
      out.push(x)
    }
  }
  return out.sort((x, y) => x - y)
}
