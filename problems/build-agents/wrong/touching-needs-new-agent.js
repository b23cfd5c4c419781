// mistake: an agent whose job ends at second t is not reused for a job starting at t
function agentsNeeded(jobs) {
  const starts = jobs.map((j) => j[0]).sort((a, b) => a - b)
  const ends = jobs.map((j) => j[1]).sort((a, b) => a - b)
  let agents = 0
  let free = 0
  for (const s of starts) {
    if (free < ends.length && ends[free] < s) free++
    else agents++
  }
  return agents
}
