let calls = 0

function splitWays(n) {
  calls++
  if (n <= 1) return 1
  return splitWays(n - 1) + splitWays(n - 2)
}
