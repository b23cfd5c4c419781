// mistake: starts each row at 0 instead of i, as if deleting the first i characters of a were free
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [0]
    for (let j = 1; j <= b.length; j++) {
      cur.push(a[i - 1] === b[j - 1] ? prev[j - 1] : 1 + Math.min(cur[j - 1], prev[j], prev[j - 1]))
    }
    prev = cur
  }
  return prev[b.length]
}
