// mistake: walks into lists as if they were objects keyed by position, reporting paths like tags.0
const isObject = (v) => v !== null && typeof v === 'object'

// Strict JSON equality: objects by keys, lists by position.
function same(a, b) {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]))
  }
  if (!isObject(a) || !isObject(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]))
}

function diffRecords(oldRecord, newRecord) {
  const changes = []
  const walk = (a, b, prefix) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const path = prefix + key
      if (!Object.hasOwn(b, key)) changes.push({ path, op: 'removed', from: a[key] })
      else if (!Object.hasOwn(a, key)) changes.push({ path, op: 'added', to: b[key] })
      else if (isObject(a[key]) && isObject(b[key])) walk(a[key], b[key], `${path}.`)
      else if (!same(a[key], b[key])) changes.push({ path, op: 'changed', from: a[key], to: b[key] })
    }
  }
  walk(oldRecord, newRecord, '')
  return changes.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
}
