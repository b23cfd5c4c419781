function firstAtLeast(sortedIds, target) {
  let lo = 0
  let hi = sortedIds.length - 1
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (sortedIds[mid] < target) lo = mid
    else hi = mid
  }
  return lo
}
