// mistake: writes a leaf only when it is truthy, losing 0, "", false and null
function flattenJson(record) {
  const out = {}
  const walk = (value, path) => {
    if (!value) return
    const entries = typeof value === 'object' ? Object.entries(value) : []
    if (entries.length) for (const [key, child] of entries) walk(child, [...path, key])
    else out[path.join('.')] = value
  }
  for (const [key, value] of Object.entries(record)) walk(value, [key])
  return out
}
