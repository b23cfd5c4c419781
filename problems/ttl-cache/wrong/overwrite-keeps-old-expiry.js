// mistake: setting an existing key replaces the value but keeps the old expiry time
class TTLCache {
  constructor() {
    this.items = new Map()
  }
  set(key, value, ttl, now) {
    const old = this.items.get(key)
    this.items.set(key, { value, expires: old ? old.expires : now + ttl })
  }
  get(key, now) {
    const entry = this.items.get(key)
    if (!entry) return null
    if (now < entry.expires) return entry.value
    this.items.delete(key)
    return null
  }
  size(now) {
    for (const [key, entry] of this.items) if (now >= entry.expires) this.items.delete(key)
    return this.items.size
  }
}
