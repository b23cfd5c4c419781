// mistake: converts to UTC by hand and adds the offset instead of subtracting it
function activeSessions(sessions, now) {
  const instant = (ts) => {
    const local = Date.parse(`${ts.slice(0, 19)}Z`)
    if (ts.slice(19) === 'Z') return local
    const sign = ts[19] === '+' ? 1 : -1
    return local + sign * (Number(ts.slice(20, 22)) * 60 + Number(ts.slice(23, 25))) * 60000
  }
  const current = instant(now)
  return sessions
    .map((s) => ({ at: instant(s.expires_at), id: s.id }))
    .filter((s) => s.at > current)
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => s.id)
}
