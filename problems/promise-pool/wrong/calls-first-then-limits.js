// mistake: calls every task up front (which starts them all) and only then limits the awaiting
async function runLimited(tasks, limit) {
  const started = tasks.map((task) => task())
  const results = []
  for (let i = 0; i < started.length; i += limit) results.push(...(await Promise.all(started.slice(i, i + limit))))
  return results
}
