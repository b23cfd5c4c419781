function uniqueVisitors(ids) {
  const seen = []
  for (const visitor of ids) {
    if (!seen.includes(visitor)) seen.push(visitor)
  }
  return seen
}
