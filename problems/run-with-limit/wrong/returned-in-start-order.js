// mistake: returns the steps in the order they started instead of the order of the input list
function schedule(tasks, limit) {
  const started = []
  const begun = new Set()
  const finished = new Set()
  let running = []
  let t = 0
  while (finished.size < tasks.length) {
    for (const task of tasks) {
      if (running.length === limit) break
      if (!begun.has(task.id) && task.after.every((dep) => finished.has(dep))) {
        started.push([task.id, t, t + task.duration])
        begun.add(task.id)
        running.push([t + task.duration, task.id])
      }
    }
    t = Math.min(...running.map(([end]) => end))
    for (const [end, id] of running) if (end === t) finished.add(id)
    running = running.filter(([end]) => end !== t)
  }
  return started
}
