// mistake: uses the closed form phi^(n+1) / sqrt(5) in floating point, which rounds wrongly for large n
function countWays(n) {
  const phi = (1 + Math.sqrt(5)) / 2
  return Math.round(phi ** (n + 1) / Math.sqrt(5))
}
