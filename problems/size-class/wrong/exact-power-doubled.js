// mistake: uses n's bit length instead of n - 1's, so a request of exactly a power of two gets twice the room
function sizeClass(n) {
  if (n <= 16) return 16
  return 2 ** (32 - Math.clz32(n))
}
