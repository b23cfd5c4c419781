// mistake: returns the number of cells on the path (steps + 1) instead of the number of steps
function shortestPath(grid) {
  const rows = grid.length
  const cols = grid[0].length
  if (grid[0][0] || grid[rows - 1][cols - 1]) return -1
  const dist = grid.map((row) => row.map(() => -1))
  dist[0][0] = 0
  const queue = [[0, 0]]
  for (let q = 0; q < queue.length; q++) {
    const [r, c] = queue[q]
    for (const [x, y] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (grid[x]?.[y] === 0 && dist[x][y] === -1) {
        dist[x][y] = dist[r][c] + 1
        queue.push([x, y])
      }
    }
  }
  const d = dist[rows - 1][cols - 1]
  return d === -1 ? -1 : d + 1
}
