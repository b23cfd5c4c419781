// mistake: compares bodies as serialised JSON text, so the same body with its keys in another order is a conflict
// Deep equality of JSON values; object key order does not matter, list order does.
function sameJson(a, b) {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]))
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
}

class IdempotentOrders {
  constructor(ttl) {
    this.ttl = ttl
    this.stored = new Map() // key -> { at, body, response }
    this.created = 0
  }

  submit(key, body, now) {
    const entry = key === null ? undefined : this.stored.get(key)
    if (entry && now < entry.at + this.ttl) {
      if (JSON.stringify(body) === JSON.stringify(entry.body)) return { ...entry.response, replayed: true }
      return { status: 409, order: null, replayed: false }
    }
    if (!Number.isInteger(body.amount) || body.amount <= 0) return { status: 422, order: null, replayed: false }
    this.created += 1
    const response = { status: 201, order: this.created, replayed: false }
    if (key !== null) this.stored.set(key, { at: now, body, response })
    return { ...response }
  }

  orders() {
    return this.created
  }
}
