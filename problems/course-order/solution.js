function canFinish(n, prereqs) {
  const after = Array.from({ length: n }, () => [])
  const needs = new Array(n).fill(0)
  for (const [a, b] of prereqs) {
    after[b].push(a)
    needs[a]++
  }
  const ready = []
  for (let i = 0; i < n; i++) if (needs[i] === 0) ready.push(i)
  let taken = 0
  while (ready.length) {
    const course = ready.pop()
    taken++
    for (const next of after[course]) if (--needs[next] === 0) ready.push(next)
  }
  return taken === n
}
