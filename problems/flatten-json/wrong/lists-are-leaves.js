// mistake: treats a list as a leaf and never walks into it
function flattenJson(record) {
  const out = {}
  const walk = (value, path) => {
    const container = value !== null && typeof value === 'object' && !Array.isArray(value)
    const entries = container ? Object.entries(value) : []
    if (entries.length) for (const [key, child] of entries) walk(child, [...path, key])
    else out[path.join('.')] = value
  }
  for (const [key, value] of Object.entries(record)) walk(value, [key])
  return out
}
