// mistake: keys the diagonals by abs(row - col), which lumps two different diagonals together
function countLayouts(n) {
  const cols = new Set()
  const down = new Set()
  const up = new Set()
  const place = (row) => {
    if (row === n) return 1
    let total = 0
    for (let c = 0; c < n; c++) {
      const d = Math.abs(row - c)
      if (cols.has(c) || down.has(d) || up.has(row + c)) continue
      cols.add(c)
      down.add(d)
      up.add(row + c)
      total += place(row + 1)
      cols.delete(c)
      down.delete(d)
      up.delete(row + c)
    }
    return total
  }
  return place(0)
}
