// mistake: returns lo when the search ends, which is one past the last r whose square fits
function intSqrt(x) {
  let lo = 0
  let hi = x
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (mid * mid <= x) lo = mid + 1
    else hi = mid - 1
  }
  return lo
}
