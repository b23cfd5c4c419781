// mistake: recurses whenever the override value is an object, without checking that the base holds an object there too
function mergeConfig(base, override) {
  const result = { ...base }
  for (const [key, value] of Object.entries(override)) {
    if (value === null) delete result[key]
    else if (typeof value === 'object' && !Array.isArray(value)) result[key] = mergeConfig(result[key] ?? {}, value)
    else result[key] = value
  }
  return result
}
