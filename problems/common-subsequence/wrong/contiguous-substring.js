// mistake: resets the count on a mismatch, which measures the longest common substring (contiguous), not subsequence
function lcsLength(a, b) {
  let best = 0
  let prev = new Array(b.length + 1).fill(0)
  for (const x of a) {
    const cur = [0]
    for (let j = 0; j < b.length; j++) cur.push(x === b[j] ? prev[j] + 1 : 0)
    best = Math.max(best, ...cur)
    prev = cur
  }
  return best
}
