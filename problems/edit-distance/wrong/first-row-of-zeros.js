// mistake: starts the table's first row at 0 instead of 0, 1, 2, ..., as if building b's prefixes from nothing were free
function editDistance(a, b) {
  let prev = new Array(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur.push(a[i - 1] === b[j - 1] ? prev[j - 1] : 1 + Math.min(cur[j - 1], prev[j], prev[j - 1]))
    }
    prev = cur
  }
  return prev[b.length]
}
