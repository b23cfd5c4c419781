// mistake: only looks for two services that wait on each other (and self-dependencies), missing longer loops
function canFinish(n, prereqs) {
  const pairs = new Set(prereqs.map(([a, b]) => `${a},${b}`))
  for (const [a, b] of prereqs) {
    if (a === b || pairs.has(`${b},${a}`)) return false
  }
  return true
}
