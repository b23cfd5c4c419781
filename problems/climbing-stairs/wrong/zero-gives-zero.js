// mistake: the base case returns n for n <= 2, so nothing to ship (n = 0) counts as 0 ways instead of 1
function countWays(n) {
  if (n <= 2) return n
  let a = 1
  let b = 2
  for (let i = 0; i < n - 2; i++) [a, b] = [b, a + b]
  return b
}
