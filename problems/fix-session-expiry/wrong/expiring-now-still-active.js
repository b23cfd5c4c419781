// mistake: parses the instants but keeps a session that expires exactly now
function activeSessions(sessions, now) {
  const current = Date.parse(now)
  return sessions
    .map((s) => ({ at: Date.parse(s.expires_at), id: s.id }))
    .filter((s) => s.at >= current)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => s.id)
}
