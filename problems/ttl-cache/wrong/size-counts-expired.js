// mistake: size returns the number of stored entries, expired ones included
class TTLCache {
  constructor() {
    this.items = new Map()
  }
  set(key, value, ttl, now) {
    this.items.set(key, { value, expires: now + ttl })
  }
  get(key, now) {
    const entry = this.items.get(key)
    if (!entry) return null
    if (now < entry.expires) return entry.value
    this.items.delete(key)
    return null
  }
  size(now) {
    return this.items.size
  }
}
