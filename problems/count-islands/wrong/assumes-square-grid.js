// mistake: uses the number of rows as the number of columns too, so a grid that is not square is only partly scanned
function countIslands(grid) {
  const n = grid.length
  let count = 0
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (grid[r][c] !== 1) continue
      count++
      const stack = [[r, c]]
      grid[r][c] = 0
      while (stack.length) {
        const [i, j] = stack.pop()
        for (const [x, y] of [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]]) {
          if (x >= 0 && x < n && y >= 0 && y < n && grid[x][y] === 1) {
            grid[x][y] = 0
            stack.push([x, y])
          }
        }
      }
    }
  }
  return count
}
