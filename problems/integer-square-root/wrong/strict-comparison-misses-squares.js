// mistake: keeps mid only when mid * mid < x, so for a perfect square it answers one less
function intSqrt(x) {
  let lo = 0
  let hi = x
  let ans = 0
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (mid * mid < x) {
      ans = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return ans
}
