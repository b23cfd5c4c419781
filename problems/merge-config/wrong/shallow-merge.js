// mistake: merges only the top level, so a nested override object replaces the whole base object
function mergeConfig(base, override) {
  const result = { ...base, ...override }
  for (const key of Object.keys(result)) if (result[key] === null) delete result[key]
  return result
}
