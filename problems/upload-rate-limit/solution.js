function minRate(sizes, seconds) {
  if (seconds < sizes.length) return -1 // every file takes at least one second
  const fits = (rate) => {
    let total = 0
    for (const s of sizes) total += Math.ceil(s / rate)
    return total <= seconds
  }
  // fits() is monotonic: a faster rate never takes longer. max(sizes) always fits here.
  let lo = 1
  let hi = sizes.reduce((a, b) => Math.max(a, b)) // not Math.max(...sizes): 10^5 arguments can overflow the stack
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (fits(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}
