// mistake: starts steps in list order whenever a slot is free, without checking their dependencies
function schedule(tasks, limit) {
  const result = tasks.map(() => null)
  const finished = new Set()
  let running = [] // [finish time, position]
  let t = 0
  while (finished.size < tasks.length) {
    for (let i = 0; i < tasks.length && running.length < limit; i++) {
      const task = tasks[i]
      if (result[i] === null) {
        result[i] = [task.id, t, t + task.duration]
        running.push([t + task.duration, i])
      }
    }
    t = Math.min(...running.map(([end]) => end))
    for (const [end, i] of running) if (end === t) finished.add(tasks[i].id)
    running = running.filter(([end]) => end !== t)
  }
  return result
}
