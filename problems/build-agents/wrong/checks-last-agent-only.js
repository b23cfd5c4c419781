// mistake: only checks whether the most recently added agent is free, not the one that frees up first
function agentsNeeded(jobs) {
  const busyUntil = []
  for (const [s, e] of [...jobs].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    if (busyUntil.length && busyUntil[busyUntil.length - 1] <= s) busyUntil[busyUntil.length - 1] = e
    else busyUntil.push(e)
  }
  return busyUntil.length
}
