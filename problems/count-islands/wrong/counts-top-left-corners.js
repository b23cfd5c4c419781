// mistake: counts land cells with water above and to the left, which overcounts any shape joined only further down (a U)
function countIslands(grid) {
  let count = 0
  grid.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === 1 && (r === 0 || grid[r - 1][c] === 0) && (c === 0 || row[c - 1] === 0)) count++
    })
  })
  return count
}
