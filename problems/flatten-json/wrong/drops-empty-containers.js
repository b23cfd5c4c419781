// mistake: drops empty objects and lists instead of keeping them as values
function flattenJson(record) {
  const out = {}
  const walk = (value, path) => {
    const container = value !== null && typeof value === 'object'
    const entries = container ? Object.entries(value) : []
    if (container) for (const [key, child] of entries) walk(child, [...path, key])
    else out[path.join('.')] = value
  }
  for (const [key, value] of Object.entries(record)) walk(value, [key])
  return out
}
