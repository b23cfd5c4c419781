function unmatchedRequest(ids) {
  // x ^ x === 0 and x ^ 0 === x: every paired id cancels out, the unmatched one is left.
  let result = 0
  for (const id of ids) result ^= id
  return result
}
