// mistake: filters on real instants but still sorts the sessions by their timestamp text
function activeSessions(sessions, now) {
  const current = Date.parse(now)
  return sessions
    .filter((s) => Date.parse(s.expires_at) > current)
    .sort((a, b) => (a.expires_at < b.expires_at ? -1 : a.expires_at > b.expires_at ? 1 : a.id < b.id ? -1 : 1))
    .map((s) => s.id)
}
