function activeSessions(sessions, now) {
  return sessions
    .filter((s) => s.expires_at >= now)
    .sort((a, b) => (a.expires_at < b.expires_at ? -1 : 1))
    .map((s) => s.id)
}
