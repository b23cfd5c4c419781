// mistake: takes the average rate (total size / seconds) as the highest rate ever needed, but rounding up per file can need more
function minRate(sizes, seconds) {
  if (seconds < sizes.length) return -1
  let lo = 1
  let hi = Math.max(1, Math.ceil(sizes.reduce((a, b) => a + b, 0) / seconds))
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    let total = 0
    for (const s of sizes) total += Math.ceil(s / mid)
    if (total <= seconds) hi = mid
    else lo = mid + 1
  }
  return lo
}
