// mistake: finds the smallest r with r * r >= x, which rounds up when x is not a square
function intSqrt(x) {
  let lo = 0
  let hi = x
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (mid * mid >= x) hi = mid
    else lo = mid + 1
  }
  return lo
}
