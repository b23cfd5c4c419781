// mistake: runs the loop search only from service 0, so a loop among services 0 cannot reach goes unnoticed
function canFinish(n, prereqs) {
  const needs = Array.from({ length: n }, () => [])
  for (const [a, b] of prereqs) needs[a].push(b)
  const state = new Array(n).fill(0) // 0 new, 1 on the current path, 2 done
  function ok(node) {
    if (state[node] === 1) return false
    if (state[node] === 2) return true
    state[node] = 1
    if (!needs[node].every(ok)) return false
    state[node] = 2
    return true
  }
  return ok(0)
}
