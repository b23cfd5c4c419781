// mistake: starts the step that has been ready the longest instead of the one first in the list
function schedule(tasks, limit) {
  const result = tasks.map(() => null)
  const readySince = new Map()
  const finished = new Set()
  let running = []
  let t = 0
  while (finished.size < tasks.length) {
    tasks.forEach((task, i) => {
      if (result[i] === null && !readySince.has(i) && task.after.every((dep) => finished.has(dep))) readySince.set(i, t)
    })
    const ready = [...readySince.keys()].filter((i) => result[i] === null).sort((a, b) => readySince.get(a) - readySince.get(b) || a - b)
    for (const i of ready) {
      if (running.length === limit) break
      result[i] = [tasks[i].id, t, t + tasks[i].duration]
      running.push([t + tasks[i].duration, i])
    }
    t = Math.min(...running.map(([end]) => end))
    for (const [end, i] of running) if (end === t) finished.add(tasks[i].id)
    running = running.filter(([end]) => end !== t)
  }
  return result
}
