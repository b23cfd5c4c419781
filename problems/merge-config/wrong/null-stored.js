// mistake: stores null under the key instead of removing it
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)

function withoutNulls(obj) {
  const out = {}
  for (const [k, v] of Object.entries(obj)) if (v !== null) out[k] = isObject(v) ? withoutNulls(v) : v
  return out
}

function mergeConfig(base, override) {
  const result = { ...base }
  for (const [key, value] of Object.entries(override)) {
    if (value === null) result[key] = null
    else if (isObject(value) && isObject(result[key])) result[key] = mergeConfig(result[key], value)
    else if (isObject(value)) result[key] = withoutNulls(value)
    else result[key] = value
  }
  return result
}
