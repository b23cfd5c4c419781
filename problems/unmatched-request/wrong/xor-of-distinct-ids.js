// mistake: XORs each distinct id once, so the pairs no longer cancel out
function unmatchedRequest(ids) {
  let result = 0
  for (const id of new Set(ids)) result ^= id
  return result
}
