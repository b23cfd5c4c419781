function commonValues(a, b) {
  const inB = new Set(b)
  return [...new Set(a.filter((x) => inB.has(x)))].sort((x, y) => x - y)
}
