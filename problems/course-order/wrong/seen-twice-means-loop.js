// mistake: the DFS keeps one visited set and calls any second visit a loop, so two services sharing a dependency look cyclic
function canFinish(n, prereqs) {
  const needs = Array.from({ length: n }, () => [])
  for (const [a, b] of prereqs) needs[a].push(b)
  const visited = new Set()
  function ok(node) {
    if (visited.has(node)) return false
    visited.add(node)
    return needs[node].every(ok)
  }
  for (let s = 0; s < n; s++) if (!visited.has(s) && !ok(s)) return false
  return true
}
