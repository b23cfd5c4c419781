// mistake: rounds to the nearest power of two, which can be smaller than the request
function sizeClass(n) {
  if (n <= 16) return 16
  const low = 2 ** (31 - Math.clz32(n))
  const high = low < n ? low * 2 : low
  return n - low < high - n ? low : high
}
