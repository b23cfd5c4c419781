// mistake: remembers items as keys of a plain object, which turns them into strings, so 1 and "1" collide
function dedupe(items) {
  const seen = {}
  const out = []
  for (const x of items) {
    if (!seen[x]) {
      seen[x] = true
      out.push(x)
    }
  }
  return out
}
