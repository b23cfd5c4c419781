// mistake: off by one: starts limit + 1 runners
async function runLimited(tasks, limit) {
  const results = new Array(tasks.length)
  let next = 0
  async function runner() {
    while (next < tasks.length) {
      const i = next++
      results[i] = await tasks[i]()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit + 1, tasks.length) }, runner))
  return results
}
