// mistake: returns the common values in the order they appear in a, not sorted
function commonValues(a, b) {
  const inB = new Set(b)
  return [...new Set(a.filter((x) => inB.has(x)))]
}
