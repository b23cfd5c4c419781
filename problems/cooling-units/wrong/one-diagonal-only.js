// mistake: checks the diagonals going down-right but forgets the ones going up-right
function countLayouts(n) {
  const cols = new Set()
  const down = new Set()
  const place = (row) => {
    if (row === n) return 1
    let total = 0
    for (let c = 0; c < n; c++) {
      if (cols.has(c) || down.has(row - c)) continue
      cols.add(c)
      down.add(row - c)
      total += place(row + 1)
      cols.delete(c)
      down.delete(row - c)
    }
    return total
  }
  return place(0)
}
