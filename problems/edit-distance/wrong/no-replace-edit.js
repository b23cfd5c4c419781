// mistake: leaves out the replace edit (only inserts and deletes), so changing one character costs 2
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur.push(a[i - 1] === b[j - 1] ? prev[j - 1] : 1 + Math.min(cur[j - 1], prev[j]))
    }
    prev = cur
  }
  return prev[b.length]
}
