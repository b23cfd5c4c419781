// mistake: always writes prefix + "." + key, so every path starts with a dot
function flattenJson(record, prefix = '') {
  const out = {}
  for (const [key, value] of Object.entries(record)) {
    const path = `${prefix}.${key}`
    if (value !== null && typeof value === 'object' && Object.keys(value).length) Object.assign(out, flattenJson(value, path))
    else out[path] = value
  }
  return out
}
