// mistake: stores each item's first index and tests it for truth, so the item first seen at index 0 is kept again
function dedupe(items) {
  const first = new Map()
  const out = []
  items.forEach((x, i) => {
    if (!first.get(x)) {
      first.set(x, i)
      out.push(x)
    }
  })
  return out
}
