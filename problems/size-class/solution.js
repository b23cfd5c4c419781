function sizeClass(n) {
  if (n <= 16) return 16
  // 32 - Math.clz32(n - 1) is the position just above n - 1's highest bit,
  // so 2 to that power is the smallest power of two that is >= n (n <= 2^30 keeps it in range).
  return 2 ** (32 - Math.clz32(n - 1))
}
