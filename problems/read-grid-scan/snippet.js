function countHot(grid, limit) {
  let hot = 0
  for (const row of grid) {
    for (const value of row) {
      if (value > limit) hot++
    }
  }
  return hot
}
