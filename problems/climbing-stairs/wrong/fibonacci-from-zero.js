// mistake: starts the sequence at 0, 1 like textbook Fibonacci, so every answer is shifted by one place
function countWays(n) {
  let a = 0
  let b = 1
  for (let i = 0; i < n; i++) [a, b] = [b, a + b]
  return a
}
