// mistake: best[i] is the best total that runs on night i, and the answer returns the last one, forcing a run on the last night
function maxLoot(values) {
  if (values.length === 0) return 0
  const best = []
  values.forEach((v, i) => {
    const before = i >= 2 ? Math.max(best[i - 2], i >= 3 ? best[i - 3] : 0) : 0
    best.push(before + v)
  })
  return best[best.length - 1]
}
