// mistake: counts 4xx statuses as server errors
function summarizeLog(lines) {
  const summary = { requests: 0, server_errors: 0, by_path: {}, slowest: null, malformed: 0 }
  let slowestMs = null
  for (const line of lines) {
    const text = line.replace(/^[ \t]+|[ \t]+$/g, '')
    if (text === '') continue
    const parts = text.split(/[ \t]+/)
    if (parts.length !== 5 || !/^[0-9]{3}$/.test(parts[3]) || !/^[0-9]+ms$/.test(parts[4])) {
      summary.malformed++
      continue
    }
    const [, , path, status, duration] = parts
    const ms = Number(duration.slice(0, -2))
    summary.requests++
    if (Number(status) >= 400) summary.server_errors++
    summary.by_path[path] = (Object.hasOwn(summary.by_path, path) ? summary.by_path[path] : 0) + 1
    if (slowestMs === null || ms > slowestMs) {
      slowestMs = ms
      summary.slowest = path
    }
  }
  return summary
}
