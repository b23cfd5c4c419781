// mistake: checks the diagonal only against the unit in the row just above, not against every earlier row
function countLayouts(n) {
  const placed = []
  const place = (row) => {
    if (row === n) return 1
    let total = 0
    for (let c = 0; c < n; c++) {
      if (placed.includes(c)) continue
      if (placed.length && Math.abs(placed[placed.length - 1] - c) === 1) continue
      placed.push(c)
      total += place(row + 1)
      placed.pop()
    }
    return total
  }
  return place(0)
}
