// mistake: awaits each task before starting the next: right results, but never uses the limit
async function runLimited(tasks, limit) {
  const results = []
  for (const task of tasks) results.push(await task())
  return results
}
