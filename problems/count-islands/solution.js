function countIslands(grid) {
  let count = 0
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (grid[r][c] !== 1) continue
      count++
      const stack = [[r, c]]
      grid[r][c] = 0
      while (stack.length) {
        const [i, j] = stack.pop()
        for (const [x, y] of [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]]) {
          if (grid[x]?.[y] === 1) {
            grid[x][y] = 0
            stack.push([x, y])
          }
        }
      }
    }
  }
  return count
}
