// mistake: writes n & (n - 1) === 0 without brackets; === binds first, so exact powers are never recognised and get doubled
function sizeClass(n) {
  if (n <= 16) return 16
  if (n & (n - 1) === 0) return n
  return 2 ** (32 - Math.clz32(n))
}
