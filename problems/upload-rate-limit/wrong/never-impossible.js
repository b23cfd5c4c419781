// mistake: never checks whether any rate can fit, so with too few seconds it returns the largest file size instead of -1
function minRate(sizes, seconds) {
  let lo = 1
  let hi = Math.max(...sizes)
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    let total = 0
    for (const s of sizes) total += Math.ceil(s / mid)
    if (total <= seconds) hi = mid
    else lo = mid + 1
  }
  return lo
}
