// mistake: filters a against a Set of b but never drops a's own repeats, so a value can be returned twice
function commonValues(a, b) {
  const inB = new Set(b)
  return a.filter((x) => inB.has(x)).sort((x, y) => x - y)
}
