// mistake: converts status and duration with int() / parseFloat and a try, so "+20", "5.5ms" and "-5ms" pass as numbers
function summarizeLog(lines) {
  const summary = { requests: 0, server_errors: 0, by_path: {}, slowest: null, malformed: 0 }
  let slowestMs = null
  for (const line of lines) {
    const parts = line.trim().split(/\s+/).filter(Boolean)
    if (parts.length === 0) continue
    const status = parseInt(parts[3], 10)
    const ms = parseFloat(parts[4])
    if (parts.length !== 5 || parts[3].length !== 3 || !parts[4].endsWith('ms') || Number.isNaN(status) || Number.isNaN(ms)) {
      summary.malformed++
      continue
    }
    const path = parts[2]
    summary.requests++
    if (status >= 500) summary.server_errors++
    summary.by_path[path] = (Object.hasOwn(summary.by_path, path) ? summary.by_path[path] : 0) + 1
    if (slowestMs === null || ms > slowestMs) {
      slowestMs = ms
      summary.slowest = path
    }
  }
  return summary
}
