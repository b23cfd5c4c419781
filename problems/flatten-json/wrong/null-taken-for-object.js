// mistake: takes anything that is not a number, string or boolean for a container, so null is walked into and crashes
function flattenJson(record) {
  const out = {}
  const walk = (value, path) => {
    if (typeof value === 'object' && Object.keys(value).length) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key])
    } else out[path.join('.')] = value
  }
  for (const [key, value] of Object.entries(record)) walk(value, [key])
  return out
}
