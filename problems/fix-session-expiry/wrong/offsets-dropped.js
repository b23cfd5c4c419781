// mistake: parses the timestamps but drops their offsets, comparing wall-clock times from different zones
function activeSessions(sessions, now) {
  const instant = (ts) => Date.parse(`${ts.slice(0, 19)}Z`)
  const current = instant(now)
  return sessions
    .map((s) => ({ at: instant(s.expires_at), id: s.id }))
    .filter((s) => s.at > current)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => s.id)
}
