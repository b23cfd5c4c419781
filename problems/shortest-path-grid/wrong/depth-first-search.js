// mistake: searches depth-first and returns the length of the first path found, which is not always the shortest
function shortestPath(grid) {
  const rows = grid.length
  const cols = grid[0].length
  if (grid[0][0] || grid[rows - 1][cols - 1]) return -1
  const seen = new Set()
  const go = (r, c, d) => {
    if (r === rows - 1 && c === cols - 1) return d
    seen.add(r + ',' + c)
    for (const [x, y] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (grid[x]?.[y] === 0 && !seen.has(x + ',' + y)) {
        const found = go(x, y, d + 1)
        if (found !== -1) return found
      }
    }
    return -1
  }
  return go(0, 0, 0)
}
