function agentsNeeded(jobs) {
  const starts = jobs.map((j) => j[0]).sort((a, b) => a - b)
  const ends = jobs.map((j) => j[1]).sort((a, b) => a - b)
  let agents = 0
  let free = 0 // how many of the earliest ends have already freed their agent
  for (const s of starts) {
    if (free < ends.length && ends[free] <= s) free++ // reuse the agent whose job ended first
    else agents++
  }
  return agents
}
