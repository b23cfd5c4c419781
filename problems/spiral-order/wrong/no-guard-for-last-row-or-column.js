// mistake: walks all four sides every ring without checking that a bottom row and a left column are left, so a single row or column is read twice
function spiral(matrix) {
  const out = []
  if (matrix.length === 0) return out
  let top = 0
  let bottom = matrix.length - 1
  let left = 0
  let right = matrix[0].length - 1
  while (top <= bottom && left <= right) {
    for (let j = left; j <= right; j++) out.push(matrix[top][j])
    for (let i = top + 1; i <= bottom; i++) out.push(matrix[i][right])
    for (let j = right - 1; j >= left; j--) out.push(matrix[bottom][j])
    for (let i = bottom - 1; i > top; i--) out.push(matrix[i][left])
    top++
    bottom--
    left++
    right--
  }
  return out
}
