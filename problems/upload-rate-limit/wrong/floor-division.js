// mistake: rounds each file's time down, as if a partly used second were free
function minRate(sizes, seconds) {
  if (seconds < sizes.length) return -1
  let lo = 1
  let hi = Math.max(...sizes)
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    let total = 0
    for (const s of sizes) total += Math.floor(s / mid)
    if (total <= seconds) hi = mid
    else lo = mid + 1
  }
  return lo
}
