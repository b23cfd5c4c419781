// mistake: on success moves hi to mid - 1, stepping past the answer when mid itself was the smallest rate that fits
function minRate(sizes, seconds) {
  if (seconds < sizes.length) return -1
  let lo = 1
  let hi = Math.max(...sizes)
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    let total = 0
    for (const s of sizes) total += Math.ceil(s / mid)
    if (total <= seconds) hi = mid - 1
    else lo = mid + 1
  }
  return lo
}
