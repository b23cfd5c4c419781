// mistake: sorts and checks pairs, but never looks at the last id when the unmatched one sorts last
function unmatchedRequest(ids) {
  const ordered = [...ids].sort((a, b) => a - b)
  for (let i = 0; i + 1 < ordered.length; i += 2) if (ordered[i] !== ordered[i + 1]) return ordered[i]
  return null
}
