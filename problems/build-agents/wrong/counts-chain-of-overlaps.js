// mistake: adds an agent whenever a job overlaps the one before it in start order, never giving agents back
function agentsNeeded(jobs) {
  if (!jobs.length) return 0
  const ordered = [...jobs].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let agents = 1
  for (let i = 1; i < ordered.length; i++) if (ordered[i][0] < ordered[i - 1][1]) agents++
  return agents
}
