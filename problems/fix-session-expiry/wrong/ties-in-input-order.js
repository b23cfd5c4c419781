// mistake: sorts by instant only, leaving sessions that expire together in input order
function activeSessions(sessions, now) {
  const current = Date.parse(now)
  return sessions
    .map((s) => ({ at: Date.parse(s.expires_at), id: s.id }))
    .filter((s) => s.at > current)
    .sort((a, b) => a.at - b.at)
    .map((s) => s.id)
}
