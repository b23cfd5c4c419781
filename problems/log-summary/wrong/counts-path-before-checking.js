// mistake: counts the path of every line with five fields before checking the status and duration
function summarizeLog(lines) {
  const summary = { requests: 0, server_errors: 0, by_path: {}, slowest: null, malformed: 0 }
  let slowestMs = null
  for (const line of lines) {
    const text = line.replace(/^[ \t]+|[ \t]+$/g, '')
    if (text === '') continue
    const parts = text.split(/[ \t]+/)
    if (parts.length === 5) summary.by_path[parts[2]] = (Object.hasOwn(summary.by_path, parts[2]) ? summary.by_path[parts[2]] : 0) + 1
    if (parts.length !== 5 || !/^[0-9]{3}$/.test(parts[3]) || !/^[0-9]+ms$/.test(parts[4])) {
      summary.malformed++
      continue
    }
    const [, , path, status, duration] = parts
    const ms = Number(duration.slice(0, -2))
    summary.requests++
    if (Number(status) >= 500) summary.server_errors++
    if (slowestMs === null || ms > slowestMs) {
      slowestMs = ms
      summary.slowest = path
    }
  }
  return summary
}
