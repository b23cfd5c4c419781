// mistake: keeps dependents in a Set but counts every pair, so a requirement listed twice is only released once
function canFinish(n, prereqs) {
  const after = Array.from({ length: n }, () => new Set())
  const needs = new Array(n).fill(0)
  for (const [a, b] of prereqs) {
    after[b].add(a)
    needs[a]++
  }
  const ready = []
  for (let i = 0; i < n; i++) if (needs[i] === 0) ready.push(i)
  let started = 0
  while (ready.length) {
    const s = ready.pop()
    started++
    for (const next of after[s]) if (--needs[next] === 0) ready.push(next)
  }
  return started === n
}
