// mistake: treats the eight surrounding cells as neighbours, so racks touching only at a corner merge into one incident
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
        for (let di = -1; di <= 1; di++) {
          for (let dj = -1; dj <= 1; dj++) {
            const x = i + di
            const y = j + dj
            if (grid[x]?.[y] === 1) {
              grid[x][y] = 0
              stack.push([x, y])
            }
          }
        }
      }
    }
  }
  return count
}
