// mistake: runs groups of `limit` and waits for the whole group before starting the next
async function runLimited(tasks, limit) {
  const results = []
  for (let i = 0; i < tasks.length; i += limit) results.push(...(await Promise.all(tasks.slice(i, i + limit).map((t) => t()))))
  return results
}
