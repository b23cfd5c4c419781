// mistake: reads grid[0].length before checking for rows, so a grid with no rows throws a TypeError
function countIslands(grid) {
  const rows = grid.length
  const cols = grid[0].length
  let count = 0
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== 1) continue
      count++
      const stack = [[r, c]]
      grid[r][c] = 0
      while (stack.length) {
        const [i, j] = stack.pop()
        for (const [x, y] of [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]]) {
          if (x >= 0 && x < rows && y >= 0 && y < cols && grid[x][y] === 1) {
            grid[x][y] = 0
            stack.push([x, y])
          }
        }
      }
    }
  }
  return count
}
