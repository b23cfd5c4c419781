function summarizeLog(lines) {
  const summary = { requests: 0, server_errors: 0, by_path: {}, slowest: null, malformed: 0 }
  let slowestMs = -1
  for (const line of lines) {
    const parts = line.trim().split(/\s+/).filter(Boolean)
    if (parts.length === 0) continue
    if (parts.length !== 5 || !/^\d{3}$/.test(parts[3]) || !/^\d+ms$/.test(parts[4])) {
      summary.malformed++
      continue
    }
    const [, , path, status, duration] = parts
    const ms = parseInt(duration, 10)
    summary.requests++
    if (Number(status) >= 500) summary.server_errors++
    summary.by_path[path] = (Object.hasOwn(summary.by_path, path) ? summary.by_path[path] : 0) + 1
    if (ms > slowestMs) {
      slowestMs = ms
      summary.slowest = path
    }
  }
  return summary
}
