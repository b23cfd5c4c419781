// mistake: takes the most jobs overlapping any one job, but jobs that overlap the same job need not overlap each other
function agentsNeeded(jobs) {
  let best = 0
  for (const a of jobs) {
    const count = jobs.filter((b) => b[0] < a[1] && a[0] < b[1]).length
    best = Math.max(best, count)
  }
  return best
}
