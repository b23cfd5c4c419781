// mistake: runs the loop n - 1 times, so it returns the count for n - 1 migrations
function countWays(n) {
  let a = 1
  let b = 1
  for (let i = 0; i < n - 1; i++) [a, b] = [b, a + b]
  return a
}
