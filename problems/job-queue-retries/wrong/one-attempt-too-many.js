// mistake: gives a job up only after more than max_attempts failures, so it runs one extra time
function runJobs(jobs, workers, maxAttempts, backoff) {
  let waiting = jobs.map((_, i) => [0, i]) // [ready time, position in jobs]
  let running = [] // [end time, position]
  const failed = jobs.map(() => 0)
  const log = []
  let t = 0
  while (waiting.length || running.length) {
    waiting.sort((a, b) => a[0] - b[0] || a[1] - b[1])
    while (running.length < workers && waiting.length && waiting[0][0] <= t) {
      const [, j] = waiting.shift()
      running.push([t + jobs[j].duration, j])
    }
    const upcoming = running.map(([end]) => end)
    if (running.length < workers) for (const [ready] of waiting) if (ready > t) upcoming.push(ready)
    t = Math.min(...upcoming)
    const ending = running
      .filter(([end]) => end === t)
      .map(([, j]) => j)
      .sort((a, b) => (jobs[a].id < jobs[b].id ? -1 : 1))
    running = running.filter(([end]) => end !== t)
    for (const j of ending) {
      const id = jobs[j].id
      if (failed[j] >= jobs[j].fails) {
        log.push([t, id, 'ok'])
        continue
      }
      failed[j] += 1
      if (failed[j] <= maxAttempts) {
        log.push([t, id, 'retry'])
        waiting.push([t + backoff * 2 ** (failed[j] - 1), j])
      } else log.push([t, id, 'dead'])
    }
  }
  return log
}
