// mistake: pushes each result when its task finishes, so results come back in finishing order
async function runLimited(tasks, limit) {
  const results = []
  let next = 0
  async function runner() {
    while (next < tasks.length) {
      const task = tasks[next++]
      results.push(await task())
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, runner))
  return results
}
