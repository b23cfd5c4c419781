// mistake: searches only up to x / 2 to save a step, which is below the answer for x = 1
function intSqrt(x) {
  let lo = 0
  let hi = Math.floor(x / 2)
  let ans = 0
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (mid * mid <= x) {
      ans = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return ans
}
